#include "mainwindow.h"

#include "accounts/keychaincredentialstore.h"
#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "composer/draftfile.h"
#include "composer/recentfiles.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/windowextras.h"
#include "editors/composerform.h"
#include "editors/tabring.h"
#include "model/suggestedfilename.h"
#include "net/soiprequest.h"
#include "preview/previewimagecache.h"
#include "preview/previewpane.h"
#include "problemspanel.h"
#include "recipients/recipientlist.h"
#include "resultpanel.h"
#include "sendcontroller.h"
#include "validation/validator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace soip {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kLastDirKey = QStringLiteral("mainWindow/lastDirectory");

QString draftFilter()
{
    return MainWindow::tr("SOIP drafts (*.json);;All files (*)");
}

QString localFileOfDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options{}, parent)
{}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ownCredentials(options.credentials ? nullptr : std::make_unique<KeychainCredentialStore>())
    , m_network(new QNetworkAccessManager(this))
    , m_document(new ComposerDocument(this))
    , m_autosaver(new Autosaver(m_document, options.autosaveDirectory, this))
    , m_sendController(new SendController(
          m_network, &m_settings, options.credentials ? options.credentials : m_ownCredentials.get(), this))
    , m_recentFiles(new RecentFiles(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createActions();
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(m_document, &ComposerDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_form, &ComposerForm::checkIssuesChanged, this, &MainWindow::onDocumentChanged);
    connect(m_document, &ComposerDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ComposerDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_sendController, &SendController::sendFinished, this, &MainWindow::onSendFinished);
    connect(m_sendController, &SendController::statusFinished, this, &MainWindow::onStatusFinished);
    connect(m_sendController, &SendController::accountsChanged, this, &MainWindow::reloadAccounts);
    connect(m_sendController, &SendController::requestSent, this,
            [this] { m_result->showSending(tr("Sent the request; waiting for the answer…")); });
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        QMessageBox::warning(
            this, tr("Autosave failed"),
            tr("Your work is not being autosaved. Save it to a file to keep it.\n\n%1").arg(reason));
    });

    reloadAccounts();
    if (options.sandbox)
        setCurrentAccountId(SendController::sandboxAccountId());
    // A fresh window starts with the chosen account's sender, route and callback profile.
    Message blank = ComposerDocument::blankMessage();
    applyAccountDefaults(blank);
    m_document->reset(blank);

    updateRecentMenu();
    updateTitle();
    // Keyboard users start at the top of the form.
    m_form->typeComboBox()->setFocus();
    resize(1280, 720);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The form and the preview use the network manager, a child created before them; children go
    // in creation order, so take the widgets down first.
    delete m_splitter;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIcon(QIcon::fromTheme(QStringLiteral("document-new")));
    m_newAction->setToolTip(tr("Start a new message (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDraft);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIcon(QIcon::fromTheme(QStringLiteral("document-open")));
    m_openAction->setToolTip(tr("Open a saved draft (Ctrl+O)"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open draft"), dir, draftFilter());
        if (!path.isEmpty())
            loadFile(path);
    });

    m_saveAction = new QAction(tr("&Save"), this);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    m_saveAction->setToolTip(tr("Save the draft (Ctrl+S)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);

    m_saveAsAction = new QAction(tr("Save &As…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_sendAction = new QAction(tr("&Send…"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    // Ctrl+Return and Ctrl+Enter (keypad) both send.
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::send);
    m_blockedSendShortcut = new QShortcut(this);
    m_blockedSendShortcut->setKeys(m_sendAction->shortcuts());
    m_blockedSendShortcut->setContext(Qt::WindowShortcut);
    connect(m_blockedSendShortcut, &QShortcut::activated, this, &MainWindow::showWhySendIsDisabled);

    m_checkStatusAction = new QAction(tr("Check s&tatus"), this);
    m_checkStatusAction->setObjectName(QStringLiteral("checkStatusAction"));
    m_checkStatusAction->setEnabled(false);
    m_checkStatusAction->setToolTip(tr("Ask for the delivery status of the last message sent"));
    connect(m_checkStatusAction, &QAction::triggered, this, &MainWindow::checkStatus);

    m_copyCurlAction = new QAction(tr("Copy as &cURL"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setToolTip(
        tr("Copy a curl command that sends this message; the key is left as $KALEYRA_API_KEY"));
    connect(m_copyCurlAction, &QAction::triggered, this, &MainWindow::copyCurl);

    m_accountsAction = new QAction(tr("&Accounts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::editAccounts);

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        dialog.exec();
    });

    m_aboutAction = new QAction(tr("&About SOIP Composer"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_form = new ComposerForm(m_document, m_splitter);
    m_form->setNetworkAccessManager(m_network);
    m_form->setAccessibleName(tr("Message fields"));

    m_preview = new PreviewPane(m_network, m_splitter);
    m_preview->setObjectName(QStringLiteral("previewPane"));
    m_preview->setAccessibleName(tr("Preview"));

    m_splitter->addWidget(m_form);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
}

void MainWindow::createDocks()
{
    m_problems = new ProblemsPanel(this);
    connect(m_problems, &ProblemsPanel::issueActivated, this, &MainWindow::focusIssue);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                                QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);

    m_result = new ResultPanel(this);
    connect(m_result, &ResultPanel::checkStatusRequested, m_checkStatusAction, &QAction::trigger);
    m_resultDock = new QDockWidget(tr("Send result"), this);
    m_resultDock->setObjectName(QStringLiteral("resultDock"));
    m_resultDock->setWidget(m_result);
    m_resultDock->setFeatures(m_problemsDock->features());
    addDockWidget(Qt::BottomDockWidgetArea, m_resultDock);
    // One bottom area with two tabs keeps the form and preview tall enough on a 768-pixel screen.
    tabifyDockWidget(m_problemsDock, m_resultDock);
    m_problemsDock->raise();
    resizeDocks({m_problemsDock}, {130}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    QAction *exportPreview = file->addAction(tr("&Export Preview as PNG…"));
    exportPreview->setObjectName(QStringLiteral("exportPreviewAction"));
    exportPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // The pane's own export asks for the file and keeps its theme, width and zoom.
    connect(exportPreview, &QAction::triggered, this, [this] { m_preview->exportPng(this); });
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_accountsAction);
    edit->addAction(m_preferencesAction);

    QMenu *message = menuBar()->addMenu(tr("&Message"));
    message->setObjectName(QStringLiteral("messageMenu"));
    message->addAction(m_sendAction);
    message->addAction(m_checkStatusAction);
    message->addAction(m_copyCurlAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setObjectName(QStringLiteral("showProblemsAction"));
    view->addAction(problems);
    QAction *result = m_resultDock->toggleViewAction();
    result->setText(tr("Send &result"));
    result->setObjectName(QStringLiteral("showResultAction"));
    view->addAction(result);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    auto *extras = new WindowExtras(this, {file, view, help}, m_preview);
    connect(extras, &WindowExtras::sampleChosen, this, [this](const Message &sample) {
        if (newDraft())
            m_document->reset(sample);
    });
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // The whole window in reading order, back to the start (the form's order is TabRing's too).
    return TabRing::step(this, next, TabRing::Ends::Wrap) || QMainWindow::focusNextPrevChild(next);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    auto *accountLabel = new QLabel(tr("A&ccount:"), bar);
    accountLabel->setObjectName(QStringLiteral("accountLabel"));
    bar->addWidget(accountLabel);
    m_accountCombo = new QComboBox(bar);
    m_accountCombo->setObjectName(QStringLiteral("accountComboBox"));
    m_accountCombo->setAccessibleName(tr("Account to send with"));
    m_accountCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountCombo->setMinimumContentsLength(16);
    accountLabel->setBuddy(m_accountCombo);
    bar->addWidget(m_accountCombo);
    connect(m_accountCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<Account> account = m_sendController->account(currentAccountId())) {
            if (!account->defaultSender.isEmpty())
                m_form->addSenderSuggestion(account->defaultSender);
        }
        updateSendState();
    });

    auto *accountsButton = new QPushButton(tr("Acco&unts…"), bar);
    accountsButton->setObjectName(QStringLiteral("accountsPushButton"));
    accountsButton->setAccessibleName(tr("Manage accounts"));
    connect(accountsButton, &QPushButton::clicked, m_accountsAction, &QAction::trigger);
    bar->addWidget(accountsButton);

    m_sendButton = new QPushButton(tr("&Send…"), bar);
    m_sendButton->setObjectName(QStringLiteral("sendPushButton"));
    m_sendButton->setAccessibleName(tr("Send the message"));
    m_sendButton->setIcon(m_sendAction->icon());
    m_sendButton->setDefault(false);
    connect(m_sendButton, &QPushButton::clicked, m_sendAction, &QAction::trigger);
    // A disabled button gets no clicks, but its event filter sees them: see eventFilter().
    m_sendButton->installEventFilter(this);
    bar->addWidget(m_sendButton);

    m_sendProgress = new QProgressBar(this);
    m_sendProgress->setObjectName(QStringLiteral("sendProgressBar"));
    m_sendProgress->setAccessibleName(tr("Sending"));
    m_sendProgress->setRange(0, 0); // busy: a send has no measurable progress
    m_sendProgress->setMaximumWidth(160);
    m_sendProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_sendProgress);

    m_sendStatusLabel = new QLabel(this);
    m_sendStatusLabel->setObjectName(QStringLiteral("sendStatusLabel"));
    m_sendStatusLabel->setAccessibleName(tr("Ready to send?"));
    statusBar()->addPermanentWidget(m_sendStatusLabel);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Numbered mnemonics so the list works from the keyboard.
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                   : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear list"), m_recentFiles, &RecentFiles::clear);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::onDocumentChanged()
{
    const Message &message = m_document->message();
    // Validate what would be sent: fields the current type hides are kept for the user but are not
    // part of the message, so they must not raise problems the user cannot see. The file's own
    // wrong-type issues are merged the way `soip validate` merges them.
    ReadResult read;
    read.readable = true;
    read.message = message.withOnlyFieldsOfType();
    read.issues = m_fileIssues;
    m_issues = Validator::validate(read) + m_form->checkIssues(); // the media check's warnings too
    m_problems->setIssues(m_issues);
    m_form->showIssues(m_issues);
    m_preview->setMessage(message);
    m_problemsDock->setWindowTitle(m_issues.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_issues.size()));
    updateSendState();
}

void MainWindow::updateTitle()
{
    const QString name =
        m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    setWindowTitle(tr("SOIP Composer — %1[*]").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSendState()
{
    const int errors = m_problems->errorCount();
    QString reason;
    if (m_confirming)
        reason = tr("Waiting for you to confirm the send");
    else if (m_sending)
        reason = tr("Sending…");
    else if (currentAccountId().isEmpty())
        reason = tr("Choose an account to send with");
    else if (errors == 1)
        reason = tr("Fix 1 problem to send");
    else if (errors > 1)
        reason = tr("Fix %1 problems to send").arg(errors);
    const bool canSend = reason.isEmpty();
    m_sendAction->setEnabled(canSend);
    m_sendButton->setEnabled(canSend);
    // Only one of the two may hold the keys at a time, or neither fires.
    m_blockedSendShortcut->setEnabled(!canSend);
    const QString tip = canSend ? tr("Send the message (Ctrl+Return)") : reason;
    m_sendAction->setToolTip(tip);
    m_sendButton->setToolTip(tip);
    m_sendStatusLabel->setText(canSend ? tr("Ready to send") : reason);
    m_sendProgress->setVisible(m_sending && !m_confirming);
    m_checkStatusAction->setEnabled(!m_checkingStatus && !m_lastSend.messageIds.isEmpty());
    m_accountCombo->setEnabled(!m_sending);
}

void MainWindow::showWhySendIsDisabled()
{
    // The fields not edited yet show no marks; someone who tries to send wants to see them all.
    m_form->revealAllIssues();
    if (m_problems->errorCount() > 0) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    statusBar()->showMessage(m_sendStatusLabel->text(), 5000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sendButton && event->type() == QEvent::MouseButtonRelease && !m_sendButton->isEnabled())
        showWhySendIsDisabled();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::focusIssue(const Issue &issue)
{
    focusPath(issue.parameter);
    statusBar()->showMessage(issue.message, 5000);
}

void MainWindow::focusPath(const QString &jsonPath)
{
    m_form->focusPath(jsonPath);
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const QString name =
        m_document->filePath().isEmpty() ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box.setInformativeText(tr("Do you want to save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("&Don’t save"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_autosaver->discard();
        return true;
    default:
        return false;
    }
}

bool MainWindow::newDraft()
{
    if (!maybeSave())
        return false;
    m_fileIssues.clear();
    Message blank = ComposerDocument::blankMessage();
    applyAccountDefaults(blank);
    m_document->reset(blank);
    m_autosaver->discard();
    return true;
}

bool MainWindow::openFile(const QString &path)
{
    return maybeSave() && loadFile(path);
}

bool MainWindow::loadFile(const QString &path)
{
    const ReadResult read = DraftFile::open(path);
    if (!read.readable) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot open draft"),
                        tr("“%1” cannot be opened as a SOIP message.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("openErrorMessageBox"));
        box.setInformativeText(read.error);
        box.exec();
        if (!QFileInfo::exists(path))
            m_recentFiles->remove(path);
        return false;
    }
    m_fileIssues = read.issues;
    m_document->reset(read.message, QFileInfo(path).absoluteFilePath(), false);
    // A draft from a file was written before: its problems are all news to the user now.
    m_form->revealAllIssues();
    m_recentFiles->add(path);
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    if (!read.issues.isEmpty()) {
        statusBar()->showMessage(tr("Opened %1; some values in the file have the wrong type, see Problems.")
                                     .arg(QFileInfo(path).fileName()));
        m_problemsDock->show();
        m_problemsDock->raise();
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    }
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        const QString dir = QSettings().value(kLastDirKey, QDir::homePath()).toString();
        suggestion = dir + u'/' + SuggestedFileName::forMessage(m_document->message());
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save draft"), suggestion, draftFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!DraftFile::save(m_document->message(), path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot save draft"), error, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("saveErrorMessageBox"));
        box.setInformativeText(tr("Your work is still on screen and autosaved. Try another folder with Save As."));
        box.exec();
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->setModified(false);
    m_recentFiles->add(path);
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::offerRestore()
{
    bool restored = false;
    for (const AutosaveStore::Orphan &orphan : m_autosaver->store().orphans()) {
        const AutosaveSnapshot &snapshot = orphan.snapshot;
        const QString name =
            snapshot.filePath.isEmpty() ? tr("an unsaved message") : QFileInfo(snapshot.filePath).fileName();
        QMessageBox box(
            QMessageBox::Question, tr("Restore your work?"),
            tr("SOIP Composer did not close properly last time. Restore %1 as it was on screen?").arg(name),
            QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("restoreMessageBox"));
        box.setInformativeText(tr("Last autosaved %1.")
                                   .arg(QLocale().toString(snapshot.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        restore->setObjectName(QStringLiteral("restorePushButton"));
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        discard->setObjectName(QStringLiteral("discardPushButton"));
        QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
        later->setObjectName(QStringLiteral("laterPushButton"));
        later->setToolTip(tr("Keep the autosave and ask again next time"));
        box.setDefaultButton(restore);
        box.setEscapeButton(later);
        // Restoring replaces what is on screen, so only one autosave can be restored at a time.
        restore->setEnabled(!restored);
        box.exec();
        if (box.clickedButton() == restore) {
            restoreSnapshot(snapshot);
            // Our own autosave now holds it; only then drop the old one.
            m_autosaver->flush();
            AutosaveStore::removeOrphan(orphan.path);
            restored = true;
        } else if (box.clickedButton() == discard) {
            AutosaveStore::removeOrphan(orphan.path);
        }
    }
    return restored;
}

void MainWindow::restoreSnapshot(const AutosaveSnapshot &snapshot)
{
    m_fileIssues.clear();
    m_document->reset(snapshot.message, snapshot.filePath, snapshot.modified);
    // Which fields were edited before the crash is not known: show every mark, as for a file.
    m_form->revealAllIssues();
    statusBar()->showMessage(tr("Restored your work from the autosave."), 5000);
}

QString MainWindow::currentAccountId() const
{
    return m_accountCombo->currentData().toString();
}

void MainWindow::setCurrentAccountId(const QString &id)
{
    const int index = m_accountCombo->findData(id);
    if (index >= 0)
        m_accountCombo->setCurrentIndex(index);
}

void MainWindow::reloadAccounts()
{
    const QString current =
        m_accountCombo->count() > 0 ? currentAccountId() : m_sendController->defaultAccountId();
    const QSignalBlocker blocker(m_accountCombo);
    m_accountCombo->clear();
    for (const Account &account : m_sendController->accounts()) {
        m_accountCombo->addItem(account.name, account.id);
        m_accountCombo->setItemData(m_accountCombo->count() - 1,
                                    account.isSandbox()
                                        ? tr("Sends to a simulator on this computer: nothing reaches a phone")
                                        : tr("SID %1 at %2").arg(account.sid, account.baseUrl.host()),
                                    Qt::ToolTipRole);
        if (!account.defaultSender.isEmpty())
            m_form->addSenderSuggestion(account.defaultSender);
    }
    int index = m_accountCombo->findData(current);
    if (index < 0)
        index = m_accountCombo->findData(m_sendController->defaultAccountId());
    m_accountCombo->setCurrentIndex(std::max(index, 0));
    updateSendState();
}

void MainWindow::applyAccountDefaults(Message &message) const
{
    const std::optional<Account> account = m_sendController->account(currentAccountId());
    if (!account)
        return;
    if (message.from.isEmpty())
        message.from = account->defaultSender;
    if (message.route.isEmpty())
        message.route = account->defaultRoute;
    if (message.callbackProfileId.isEmpty())
        message.callbackProfileId = account->defaultCallbackProfileId;
}

void MainWindow::editAccounts()
{
    AccountsDialog dialog(m_sendController, this);
    dialog.exec();
    reloadAccounts();
}

bool MainWindow::confirmSend(const Account &account, const Message &message)
{
    const QList<Recipient> recipients = RecipientList::withoutDuplicates(RecipientList::parse(message.to));
    const int count = int(recipients.size());
    const Route route = routeFromString(message.route);
    QString routeText;
    switch (route) {
    case Route::Transactional:
        routeText = tr("TXN (transactional)");
        break;
    case Route::Otp:
        routeText = tr("OTP (one-time password)");
        break;
    default:
        routeText = tr("MKT (marketing)");
        break;
    }
    const QString type = message.type;
    const QString question = count == 1 ? tr("Send this %1 message to 1 recipient?").arg(type)
                                        : tr("Send this %1 message to %2 recipients?").arg(type).arg(count);
    QString details = tr("Recipients: %1\nRoute: %2\nSender ID: %3\nAccount: %4")
                          .arg(count)
                          .arg(routeText, message.from, account.name);
    if (account.isSandbox())
        details += u'\n' + tr("This is the built-in sandbox: nothing reaches a phone.");
    for (const Issue &warning : m_form->checkIssues())
        details += u'\n' + tr("Warning: %1").arg(warning.message);

    const QByteArray payload = SoipRequest::body(message);
    const bool duplicate =
        !m_lastSend.payload.isEmpty() && m_lastSend.payload == payload && m_lastSend.accountId == account.id;
    QMessageBox box(duplicate ? QMessageBox::Warning : QMessageBox::Question, tr("Send message"), question,
                    QMessageBox::NoButton, this);
    box.setObjectName(duplicate ? QStringLiteral("duplicateSendMessageBox")
                                : QStringLiteral("sendConfirmMessageBox"));
    if (duplicate) {
        box.setText(tr("You sent this exact message at %1 — send again?")
                        .arg(QLocale().toString(m_lastSend.at.toLocalTime().time(), QLocale::ShortFormat)));
        details = question + u'\n' + details;
    }
    box.setInformativeText(details);
    QPushButton *sendButton = box.addButton(duplicate ? tr("Send &again") : tr("&Send"), QMessageBox::AcceptRole);
    sendButton->setObjectName(QStringLiteral("confirmSendPushButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelSendPushButton"));
    // A second Return must not send twice by accident: a repeat send defaults to Cancel.
    box.setDefaultButton(duplicate ? cancel : sendButton);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == sendButton;
}

void MainWindow::send()
{
    // m_sending is set before the first question, so neither a second click nor Ctrl+Return
    // pressed again while the question is open can start a second send.
    if (m_sending || !m_sendAction->isEnabled())
        return;
    const std::optional<Account> account = m_sendController->account(currentAccountId());
    if (!account)
        return;
    m_sending = true;
    m_confirming = true;
    updateSendState();
    const Message message = m_document->message().withOnlyFieldsOfType();
    const bool confirmed = confirmSend(*account, message);
    m_confirming = false;
    if (!confirmed) {
        m_sending = false;
        updateSendState();
        return;
    }
    updateSendState();
    m_resultDock->show();
    m_resultDock->raise();
    m_result->showSending(tr("Sending with %1…").arg(account->name));
    statusBar()->showMessage(tr("Sending…"));
    m_sendController->send(account->id, message);
}

void MainWindow::onSendFinished(const SendOutcome &outcome, const Account &account)
{
    m_sending = false;
    statusBar()->clearMessage();
    m_resultDock->show();
    m_resultDock->raise();
    if (outcome.mayHaveBeenSent()) {
        m_lastSend.payload = SoipRequest::body(m_document->message().withOnlyFieldsOfType());
        m_lastSend.accountId = account.id;
        m_lastSend.at = QDateTime::currentDateTime();
        m_lastSend.messageIds.clear();
    }
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted: {
        QList<ResultPanel::Row> rows;
        for (const SentRecipient &recipient : outcome.recipients) {
            rows.append({recipient.recipient, recipient.messageId, tr("Accepted"), false});
            m_lastSend.messageIds.append(recipient.messageId);
        }
        const QString headline =
            outcome.recipients.size() == 1
                ? tr("Sent with %1: accepted for 1 recipient.").arg(account.name)
                : tr("Sent with %1: accepted for %2 recipients.").arg(account.name).arg(outcome.recipients.size());
        m_result->showSent(headline, outcome.kid, rows);
        m_form->rememberSenderId();
        statusBar()->showMessage(tr("Sent. Use Check status to follow delivery."), 8000);
        break;
    }
    case SendOutcome::Kind::Unknown:
        m_result->showUnknown(outcome.title(), outcome.explanation());
        break;
    default: {
        QString details = outcome.explanation();
        if (outcome.kind == SendOutcome::Kind::NotSent && !outcome.detail.isEmpty() &&
            !details.contains(outcome.detail))
            details += u'\n' + outcome.detail;
        m_result->showFailed(outcome.title(), details);
        break;
    }
    }
    updateSendState();
    // Take the user to what needs fixing.
    const QString field = outcome.fieldToFix();
    if (!field.isEmpty())
        focusPath(field);
}

void MainWindow::checkStatus()
{
    if (m_checkingStatus || m_lastSend.messageIds.isEmpty())
        return;
    m_checkingStatus = true;
    updateSendState();
    statusBar()->showMessage(tr("Asking for the delivery status…"));
    m_sendController->checkStatus(m_lastSend.accountId, m_lastSend.messageIds);
}

void MainWindow::onStatusFinished(const StatusOutcome &outcome)
{
    m_checkingStatus = false;
    statusBar()->clearMessage();
    m_resultDock->show();
    m_resultDock->raise();
    if (outcome.kind == StatusOutcome::Kind::Ok) {
        QList<ResultPanel::Row> rows;
        for (const DeliveryStatus &status : outcome.statuses) {
            QString text = status.isFinal() ? status.explanation() : tr("Waiting for delivery…");
            if (!status.status.isEmpty())
                text = tr("%1 (%2)").arg(text, status.status);
            rows.append({status.recipient, status.messageId, text, status.isFinal() && !status.isDelivered()});
        }
        m_result->showStatuses(
            tr("Delivery status as of %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
            rows);
    } else {
        m_result->showStatuses(outcome.title() + u' ' + outcome.explanation(), {});
    }
    updateSendState();
}

void MainWindow::copyCurl()
{
    QString error;
    const QString command =
        m_sendController->curlCommand(currentAccountId(), m_document->message().withOnlyFieldsOfType(), &error);
    if (command.isEmpty()) {
        QMessageBox::warning(this, tr("Copy as cURL"), error);
        return;
    }
    QApplication::clipboard()->setText(command);
    statusBar()->showMessage(tr("Copied a curl command. Set KALEYRA_API_KEY in your shell before running it."),
                             8000);
}

void MainWindow::showPreviewImage(const QImage &image)
{
    if (image.isNull())
        return;
    PreviewImageCache *cache = m_preview->imageCache();
    cache->abortPending(tr("Replaced by a local image"));
    for (const RichMedia &media : m_document->message().richMedia) {
        for (const QString &url : {media.url, media.cover}) {
            if (!url.isEmpty())
                cache->insert(QUrl(url), image);
        }
    }
    m_preview->setMessage(m_document->message());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_sending) {
        QMessageBox box(QMessageBox::Warning, tr("Sending"), tr("A message is being sent. Quit anyway?"),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("quitWhileSendingMessageBox"));
        box.setInformativeText(tr("If you quit now you will not see whether it was accepted."));
        QPushButton *quit = box.addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(tr("&Wait"), QMessageBox::RejectRole));
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    // A clean exit: whatever mattered is saved or explicitly discarded.
    m_autosaver->discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFileOfDrop(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = localFileOfDrop(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening asks questions; do it after the drop has finished.
    QMetaObject::invokeMethod(
        this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTitle();
    QMainWindow::changeEvent(event);
}

} // namespace soip
