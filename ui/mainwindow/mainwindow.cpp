#include "mainwindow.h"

#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "composer/draftfile.h"
#include "composer/recentfiles.h"
#include "problemspanel.h"
#include "resultpanel.h"
#include "validation/validator.h"

#include <QAction>
#include <QApplication>
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
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
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

QLabel *placeholder(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setEnabled(false);
    label->setMinimumSize(320, 240);
    return label;
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
    , m_document(new ComposerDocument(this))
    , m_autosaver(new Autosaver(m_document, options.autosaveDirectory, this))
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
    connect(m_document, &ComposerDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ComposerDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &reason) {
        QMessageBox::warning(
            this, tr("Autosave failed"),
            tr("Your work is not being autosaved. Save it to a file to keep it.\n\n%1").arg(reason));
    });

    updateRecentMenu();
    updateTitle();
    onDocumentChanged();
    resize(1280, 720);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

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

    m_checkStatusAction = new QAction(tr("Check s&tatus"), this);
    m_checkStatusAction->setObjectName(QStringLiteral("checkStatusAction"));
    m_checkStatusAction->setEnabled(false);

    m_copyCurlAction = new QAction(tr("Copy as &cURL"), this);
    m_copyCurlAction->setObjectName(QStringLiteral("copyCurlAction"));
    m_copyCurlAction->setToolTip(
        tr("Copy a curl command that sends this message; the key is left as $KALEYRA_API_KEY"));

    m_accountsAction = new QAction(tr("&Accounts…"), this);
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));

    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    m_aboutAction = new QAction(tr("&About SOIP Composer"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_formScrollArea = new QScrollArea(m_splitter);
    m_formScrollArea->setObjectName(QStringLiteral("formScrollArea"));
    m_formScrollArea->setAccessibleName(tr("Message fields"));
    m_formScrollArea->setWidgetResizable(true);
    m_formScrollArea->setFrameShape(QFrame::NoFrame);
    m_form =
        placeholder(QStringLiteral("composerForm"),
                    tr("The message fields appear here.\n(The field editors are not part of this build yet.)"),
                    m_formScrollArea);
    m_formScrollArea->setWidget(m_form);

    m_preview = placeholder(QStringLiteral("previewPane"),
                            tr("The phone preview appears here.\n(The preview is not part of this build yet.)"),
                            m_splitter);
    m_preview->setAccessibleName(tr("Preview"));

    m_splitter->addWidget(m_formScrollArea);
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
    resizeDocks({m_problemsDock}, {170}, Qt::Vertical);
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
    bar->addWidget(m_sendButton);

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
    m_issues = m_fileIssues;
    for (const Issue &issue : Validator::validate(message)) {
        const bool alreadyReported = std::any_of(m_fileIssues.cbegin(), m_fileIssues.cend(),
                                                 [&](const Issue &i) { return i.parameter == issue.parameter; });
        if (!alreadyReported)
            m_issues.append(issue);
    }
    m_problems->setIssues(m_issues);
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
    if (m_sending)
        reason = tr("Sending…");
    else if (errors == 1)
        reason = tr("Fix 1 problem to send");
    else if (errors > 1)
        reason = tr("Fix %1 problems to send").arg(errors);
    const bool canSend = reason.isEmpty();
    m_sendAction->setEnabled(canSend);
    m_sendButton->setEnabled(canSend);
    const QString tip = canSend ? tr("Send the message (Ctrl+Return)") : reason;
    m_sendAction->setToolTip(tip);
    m_sendButton->setToolTip(tip);
    m_sendStatusLabel->setText(canSend ? tr("Ready to send") : reason);
}

void MainWindow::focusIssue(const Issue &issue)
{
    statusBar()->showMessage(issue.message, 5000);
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
    m_document->reset(ComposerDocument::blankMessage());
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
    m_recentFiles->add(path);
    QSettings().setValue(kLastDirKey, QFileInfo(path).absolutePath());
    if (!read.issues.isEmpty()) {
        statusBar()->showMessage(tr("Opened %1; some values in the file have the wrong type, see Problems.")
                                     .arg(QFileInfo(path).fileName()));
        m_problemsDock->show();
        m_problemsDock->raise();
    } else {
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
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
        const QString campaign = m_document->message().campaignName.trimmed();
        suggestion = dir + u'/' + (campaign.isEmpty() ? tr("message") : campaign) + QStringLiteral(".json");
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
    statusBar()->showMessage(tr("Restored your work from the autosave."), 5000);
}

void MainWindow::send()
{
    if (m_sending || !m_sendAction->isEnabled())
        return;
    m_resultDock->show();
    m_resultDock->raise();
    m_result->showFailed(
        tr("Sending is not part of this build yet."),
        tr("The network client is still being built. Save the draft and send it with `soip send`."));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
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
