#include "mainwindow.h"

#include "composer/autosaver.h"
#include "composer/composerdocument.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/accountsdialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/windowextras.h"
#include "editors/composerform.h"
#include "editors/sendereditor.h"
#include "editors/tabring.h"
#include "history/historywindow.h"
#include "maintoolbar.h"
#include "preview/comparedock.h"
#include "preview/layoutchecks.h"
#include "preview/previewimagecache.h"
#include "problemspanel.h"
#include "recentfilesmenu.h"
#include "resultpanel.h"
#include "sendworkflow.h"
#include "spreadsheet/campaigncomposer.h"
#include "startupreport.h"
#include "validation/validator.h"
#include "windowactions.h"
#include "windowdocks.h"
#include "windowlayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace soip {

namespace {

// A draft or campaign file dropped on the window, else a spreadsheet of recipients; or empty.
QString droppedFile(const QMimeData *mime)
{
    const QString draft = DraftSession::draftOfDrop(mime);
    return !draft.isEmpty() ? draft : CampaignComposer::spreadsheetOfDrop(mime);
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_services(options.services)
    , m_document(new ComposerDocument(this))
    , m_drafts(new DraftSession(m_document, options.autosaveDirectory, this))
    , m_actions(this)
{
    Q_ASSERT(m_services);
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    createCentralArea();
    createDocks();
    createMenus();
    createToolBar();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    StartupReport::markInStatusBar(*m_services, statusBar());
    m_sendWorkflow = new SendWorkflow(SendWorkflow::servicesOf(m_services), m_docks->result, this);
    connectActions();

    connect(m_document, &ComposerDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_form, &ComposerForm::checkIssuesChanged, this, &MainWindow::revalidate);
    connect(m_document, &ComposerDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ComposerDocument::modifiedChanged, this, &MainWindow::updateTitle);
    // The last send's result belongs to the message that was sent, not to the next one.
    connect(m_document, &ComposerDocument::replaced, m_docks->result, &ResultPanel::clear);
    connect(m_drafts, &DraftSession::draftLoaded, this, [this](bool hasFileIssues) {
        // A draft from a file or an autosave was written before: its problems are all news now.
        m_form->revealAllIssues();
        if (hasFileIssues)
            WindowDocks::bringUp(m_docks->problemsDock);
    });
    connect(m_drafts, &DraftSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_sendWorkflow, &SendWorkflow::stateChanged, this, &MainWindow::updateSendState);
    connect(m_services->campaigns(), &CampaignController::changed, this, &MainWindow::updateSendState);
    connect(m_services->campaigns(), &CampaignController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sendWorkflow, &SendWorkflow::statusMessage, this, &MainWindow::showStatus);
    connect(m_sendWorkflow, &SendWorkflow::resultShown, this,
            [this] { WindowDocks::bringUp(m_docks->resultDock); });
    connect(m_sendWorkflow, &SendWorkflow::fieldToFix, m_form, &ComposerForm::focusPath);
    m_drafts->setBlankMessageFactory([this] { return blankMessage(); });

    if (options.sandbox)
        setCurrentAccountId(SendController::sandboxAccountId());
    m_document->reset(blankMessage());
    updateTitle();
    // Keyboard users start at the top of the form.
    m_form->typeComboBox()->setFocus();
    resize(1280, 720);
    m_layout = new WindowLayout(this, m_splitter);
    m_layout->restore();
}

MainWindow::~MainWindow() = default;

HistoryWindow *MainWindow::showHistory()
{
    if (!m_history) {
        m_history = new HistoryWindow(m_services, this);
        connect(m_history, &HistoryWindow::openAsDraftRequested, this, [this](const Message &message) {
            if (m_drafts->openAsNewDraft(message))
                activateWindow();
        });
    }
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

void MainWindow::connectActions()
{
    m_drafts->connectActions(m_actions);
    // The pane's own export asks for the file and keeps its theme, width and zoom.
    connect(m_actions.exportPreview, &QAction::triggered, this, [this] { m_preview->exportPng(this); });
    connect(m_actions.recipientsFromFile, &QAction::triggered, m_campaign, &CampaignComposer::chooseFile);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.send, &QAction::triggered, this, &MainWindow::send);
    m_blockedSendShortcut = new QShortcut(this);
    m_blockedSendShortcut->setKeys(m_actions.send->shortcuts());
    m_blockedSendShortcut->setContext(Qt::WindowShortcut);
    connect(m_blockedSendShortcut, &QShortcut::activated, this, &MainWindow::showWhySendIsDisabled);
    connect(m_actions.checkStatus, &QAction::triggered, m_sendWorkflow, &SendWorkflow::checkStatus);
    connect(m_actions.copyCurl, &QAction::triggered, this, [this] {
        m_sendWorkflow->copyCurl(currentAccountId(),
                                 m_campaign->shownMessage(m_document->message().withOnlyFieldsOfType()));
    });
    connect(m_actions.history, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_actions.accounts, &QAction::triggered, this,
            [this] { AccountsDialog(m_services->sending(), this).exec(); });
    connect(m_actions.preferences, &QAction::triggered, this, [this] { PreferencesDialog(this).exec(); });
    connect(m_actions.about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
}

void MainWindow::createCentralArea()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_form = new ComposerForm(m_document, m_splitter);
    m_form->setNetworkAccessManager(m_services->network());
    m_form->senderEditor()->setHistory(m_services->senderIds());
    m_form->setAccessibleName(tr("Message fields"));
    // The phone, with the campaign's row picker above it.
    auto *phone = new QWidget(m_splitter);
    m_preview = new PreviewPane(m_services->network(), phone);
    m_preview->setObjectName(QStringLiteral("previewPane"));
    m_preview->setAccessibleName(tr("Preview"));
    m_campaign = new CampaignComposer(m_document, m_form, phone, this);
    auto *phoneLayout = new QVBoxLayout(phone);
    phoneLayout->setContentsMargins(0, 0, 0, 0);
    phoneLayout->addWidget(m_campaign->rowPicker());
    phoneLayout->addWidget(m_preview, 1);
    connect(m_campaign, &CampaignComposer::shownChanged, this, &MainWindow::onDocumentChanged);
    connect(m_campaign, &CampaignComposer::issuesChanged, this, &MainWindow::revalidate);
    connect(m_campaign, &CampaignComposer::statusMessage, this, &MainWindow::showStatus);
    m_splitter->addWidget(m_form);
    m_splitter->addWidget(phone);
    // 4:3, not 3:2: at the usual 1280 pixels the phone's bar then reads whole (found by hand).
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    setCentralWidget(m_splitter);
}

void MainWindow::createDocks()
{
    m_docks = std::make_unique<WindowDocks>(this, m_services->campaigns(), m_preview->imageCache());
    connect(m_docks->problems, &ProblemsPanel::issueActivated, this, [this](const Issue &issue) {
        m_form->focusPath(issue.parameter);
        showStatus(issue.message, 5000);
    });
    connect(m_docks->result, &ResultPanel::checkStatusRequested, m_actions.checkStatus, &QAction::trigger);
    // A picture that arrived, or other phones chosen (issuesChanged), can change what is cut or blurred.
    connect(m_preview->imageCache(), &PreviewImageCache::imageChanged, this, &MainWindow::revalidate);
    m_campaign->useCompare(m_docks->compare);
}

void MainWindow::createMenus()
{
    const WindowActions::Menus menus =
        m_actions.fillMenuBar(menuBar(), m_docks->viewActions() << m_actions.history, m_docks->campaignActions());
    connect(new RecentFilesMenu(menus.recent, m_drafts->recentFiles(), this), &RecentFilesMenu::fileChosen, this,
            &MainWindow::openFile);
    auto *extras = new WindowExtras(this, {menus.file, menus.view, menus.help}, m_preview);
    connect(extras, &WindowExtras::sampleChosen, this, [this](const Message &sample) {
        if (newDraft())
            m_document->reset(sample);
    });
}

bool MainWindow::focusNextPrevChild(bool next)
{
    return TabRing::step(this, next, TabRing::Ends::Wrap, m_docks->readingOrder(m_splitter, m_toolBar)) ||
           QMainWindow::focusNextPrevChild(next);
}

void MainWindow::createToolBar()
{
    m_toolBar = new MainToolBar(m_actions, m_services->sending(), statusBar(), this);
    addToolBar(m_toolBar);
    m_accounts = m_toolBar->accountSelector();
    connect(m_accounts, &AccountSelector::accountChanged, this, &MainWindow::updateSendState);
    connect(m_toolBar, &MainToolBar::blockedSendClicked, this, &MainWindow::showWhySendIsDisabled);
}

void MainWindow::onDocumentChanged()
{
    // A campaign shows the card of the row chosen above the phone.
    const Message shown = m_campaign->shownMessage(m_document->message());
    m_preview->setMessage(shown);
    m_docks->compare->setMessage(shown);
    revalidate();
}

void MainWindow::revalidate()
{
    // What would be sent (not the fields the type hides), with the file's own wrong-type issues as
    // `soip validate` merges them; the layout for the phones and font sizes of Compare phones.
    ReadResult read;
    read.readable = true;
    read.message = m_document->message().withOnlyFieldsOfType();
    read.issues = m_drafts->fileIssues();
    // The media check's warnings and the layout's join the validator's. A campaign's verdict is
    // its rows' (every row's message, validated, and every row's layout); the row shown's layout too.
    m_issues = (m_campaign->isActive() ? m_campaign->issues() : Validator::validate(read)) +
               m_form->checkIssues() +
               LayoutChecks::check(m_campaign->shownMessage(read.message), m_docks->compare->layoutTargets(),
                                   m_preview->imageCache());
    m_docks->problems->setIssues(m_issues);
    m_form->showIssues(m_issues);
    m_docks->problemsDock->setWindowTitle(m_issues.isEmpty() ? tr("Problems")
                                                             : tr("Problems (%1)").arg(m_issues.size()));
    updateSendState();
}

void MainWindow::updateTitle()
{
    const QString path = m_document->filePath();
    setWindowTitle(tr("SOIP Composer — %1[*]").arg(path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSendState()
{
    if (!m_sendWorkflow)
        return; // still being built
    const QString blocker = sendBlocker();
    // Only one of Send and its stand-in may hold the keys at a time, or neither fires.
    m_blockedSendShortcut->setEnabled(!blocker.isEmpty());
    m_toolBar->showSendState(blocker, m_sendWorkflow->isSending() && !m_sendWorkflow->isConfirming());
    m_actions.checkStatus->setEnabled(m_sendWorkflow->canCheckStatus());
}

void MainWindow::showWhySendIsDisabled()
{
    // The fields not edited yet show no marks; someone who tries to send wants to see them all.
    m_form->revealAllIssues();
    if (m_docks->problems->errorCount() > 0)
        WindowDocks::bringUp(m_docks->problemsDock);
    showStatus(sendBlocker(), 5000);
}

QString MainWindow::sendBlocker() const
{
    // A campaign's spreadsheet still being read or planned comes first: its problems are not known.
    const QString campaign = m_campaign->blocker();
    return !campaign.isEmpty() ? campaign
                               : m_sendWorkflow->blocker(currentAccountId(), m_docks->problems->errorCount());
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

Message MainWindow::blankMessage() const
{
    Message blank = ComposerDocument::blankMessage();
    if (const std::optional<Account> account = m_services->sending()->account(currentAccountId()))
        account->fillDefaults(blank);
    return blank;
}

void MainWindow::send()
{
    if (!m_actions.send->isEnabled())
        return;
    // A spreadsheet of recipients: every row is sent by the campaign run, which asks first.
    if (m_campaign->isActive()) {
        if (const std::optional<Account> account = m_services->sending()->account(currentAccountId()))
            m_services->campaigns()->confirmAndStart(m_campaign->launch(*account), this);
        return;
    }
    m_sendWorkflow->send(currentAccountId(), m_document->message().withOnlyFieldsOfType(), m_form->checkIssues());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A send or a campaign under way, then unsaved changes: each may keep the window open.
    if (!m_sendWorkflow->mayQuit() || !m_services->campaigns()->mayClose(this) || !m_drafts->maybeSave()) {
        event->ignore();
        return;
    }
    m_layout->save();
    m_drafts->closeCleanly();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening asks questions: after the drop has finished. A spreadsheet becomes the recipients.
    QMetaObject::invokeMethod(
        this,
        [this, path] {
            CampaignComposer::isSpreadsheetPath(path) ? m_campaign->importFile(path) : (void)openFile(path);
        },
        Qt::QueuedConnection);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateTitle();
    QMainWindow::changeEvent(event);
}

} // namespace soip
