#include "mainwindow.h"

#include "campaign/campaigncontroller.h"
#include "campaign/campaignpanel.h"
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
#include "validation/validator.h"
#include "windowactions.h"
#include "windowlayout.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace soip {

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
    m_sendWorkflow = new SendWorkflow(
        {m_services->sending(), m_services->history(), m_services->senderIds(), m_services->campaigns()}, m_result,
        this);
    connectActions();

    connect(m_document, &ComposerDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_form, &ComposerForm::checkIssuesChanged, this, &MainWindow::revalidate);
    connect(m_document, &ComposerDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ComposerDocument::modifiedChanged, this, &MainWindow::updateTitle);
    // The last send's result belongs to the message that was sent, not to the next one.
    connect(m_document, &ComposerDocument::replaced, m_result, &ResultPanel::clear);
    connect(m_drafts, &DraftSession::draftLoaded, this, &MainWindow::onDraftLoaded);
    connect(m_drafts, &DraftSession::statusMessage, this, &MainWindow::showStatus);
    connect(m_drafts->autosaver(), &Autosaver::failed, this, [this](const QString &reason) {
        QMessageBox::warning(
            this, tr("Autosave failed"),
            tr("Your work is not being autosaved. Save it to a file to keep it.\n\n%1").arg(reason));
    });
    connect(m_sendWorkflow, &SendWorkflow::stateChanged, this, &MainWindow::updateSendState);
    connect(m_services->campaigns(), &CampaignController::changed, this, &MainWindow::updateSendState);
    connect(m_services->campaigns(), &CampaignController::statusMessage, this, &MainWindow::showStatus);
    connect(m_sendWorkflow, &SendWorkflow::statusMessage, this, &MainWindow::showStatus);
    connect(m_sendWorkflow, &SendWorkflow::resultShown, this, &MainWindow::showResultDock);
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
    connect(m_actions.newDraft, &QAction::triggered, this, &MainWindow::newDraft);
    connect(m_actions.open, &QAction::triggered, m_drafts, &DraftSession::openWithDialog);
    connect(m_actions.save, &QAction::triggered, m_drafts, &DraftSession::save);
    connect(m_actions.saveAs, &QAction::triggered, m_drafts, &DraftSession::saveAs);
    // The pane's own export asks for the file and keeps its theme, width and zoom.
    connect(m_actions.exportPreview, &QAction::triggered, this, [this] { m_preview->exportPng(this); });
    connect(m_actions.exportTemplate, &QAction::triggered, m_drafts, &DraftSession::exportTemplate);
    connect(m_actions.recipientsFromFile, &QAction::triggered, m_campaign, &CampaignComposer::chooseFile);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.send, &QAction::triggered, this, &MainWindow::send);
    m_blockedSendShortcut = new QShortcut(this);
    m_blockedSendShortcut->setKeys(m_actions.send->shortcuts());
    m_blockedSendShortcut->setContext(Qt::WindowShortcut);
    connect(m_blockedSendShortcut, &QShortcut::activated, this, &MainWindow::showWhySendIsDisabled);
    connect(m_actions.checkStatus, &QAction::triggered, m_sendWorkflow, &SendWorkflow::checkStatus);
    connect(m_actions.copyCurl, &QAction::triggered, this, [this] {
        // A campaign's: the row shown, with its number.
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
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
}

void MainWindow::createDocks()
{
    const auto dock = [this](QWidget *content, const QString &title, const char *name) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        return dock;
    };
    m_problems = new ProblemsPanel(this);
    connect(m_problems, &ProblemsPanel::issueActivated, this, [this](const Issue &issue) {
        m_form->focusPath(issue.parameter);
        showStatus(issue.message, 5000);
    });
    m_problemsDock = dock(m_problems, tr("Problems"), "problemsDock");
    m_result = new ResultPanel(this);
    connect(m_result, &ResultPanel::checkStatusRequested, m_actions.checkStatus, &QAction::trigger);
    m_resultDock = dock(m_result, tr("Send result"), "resultDock");
    m_campaignDock = dock(new CampaignPanel(m_services->campaigns(), this), tr("Campaign"), "campaignDock");
    connect(m_services->campaigns(), &CampaignController::started, m_campaignDock, [this] {
        m_campaignDock->show();
        m_campaignDock->raise();
    });
    // One bottom area with tabs keeps the form and preview tall enough on a 768-pixel screen.
    tabifyDockWidget(m_problemsDock, m_resultDock);
    tabifyDockWidget(m_resultDock, m_campaignDock);
    m_campaignDock->setVisible(m_services->campaigns()->isActive());
    m_compareDock = new CompareDock(m_preview->imageCache(), this); // View → Compare phones
    addDockWidget(Qt::RightDockWidgetArea, m_compareDock);
    // A grid of phones needs room a docked column would take from the form: it opens as a window
    // of its own (the person may dock it; the layout is remembered).
    m_compareDock->setFloating(true);
    m_compareDock->resize(760, 640);
    m_compareDock->hide();
    // A picture that arrived, or other phones chosen, can change what is cut or blurred.
    connect(m_preview->imageCache(), &PreviewImageCache::imageChanged, this, &MainWindow::revalidate);
    connect(m_compareDock, &CompareDock::selectionChanged, this, &MainWindow::revalidate);
    m_problemsDock->raise();
    resizeDocks({m_problemsDock}, {130}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    problems->setObjectName(QStringLiteral("showProblemsAction"));
    QAction *result = m_resultDock->toggleViewAction();
    result->setText(tr("Send &result"));
    result->setObjectName(QStringLiteral("showResultAction"));
    QAction *compare = m_compareDock->toggleViewAction();
    compare->setObjectName(QStringLiteral("showCompareAction"));
    const WindowActions::Menus menus =
        m_actions.fillMenuBar(menuBar(), {problems, result, compare, m_actions.history});
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
    // The whole window in reading order, back to the start (the form's order is TabRing's too).
    return TabRing::step(this, next, TabRing::Ends::Wrap) || QMainWindow::focusNextPrevChild(next);
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
    m_compareDock->setMessage(shown);
    revalidate();
}

void MainWindow::revalidate()
{
    // Validate what would be sent: fields the current type hides are kept for the user but are not
    // part of the message. The file's own wrong-type issues are merged as `soip validate` does; the
    // layout warnings are for the phones and font sizes chosen in Compare phones.
    ReadResult read;
    read.readable = true;
    read.message = m_document->message().withOnlyFieldsOfType();
    read.issues = m_drafts->fileIssues();
    // The media check's warnings and the layout's join the validator's. A campaign's verdict is
    // its rows' (every row's message, validated as it will be sent); the layout is the row shown.
    m_issues = (m_campaign->isActive() ? m_campaign->issues() : Validator::validate(read)) +
               m_form->checkIssues() +
               LayoutChecks::check(m_campaign->shownMessage(read.message), m_compareDock->layoutTargets(),
                                   m_preview->imageCache());
    m_problems->setIssues(m_issues);
    m_form->showIssues(m_issues);
    m_problemsDock->setWindowTitle(m_issues.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(m_issues.size()));
    updateSendState();
}

void MainWindow::onDraftLoaded(bool hasFileIssues)
{
    // A draft from a file or an autosave was written before: its problems are all news now.
    m_form->revealAllIssues();
    if (hasFileIssues) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
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
    QString blocker = m_campaign->blocker();
    if (blocker.isEmpty())
        blocker = m_sendWorkflow->blocker(currentAccountId(), m_problems->errorCount());
    // Only one of Send and its stand-in may hold the keys at a time, or neither fires.
    m_blockedSendShortcut->setEnabled(!blocker.isEmpty());
    m_toolBar->showSendState(blocker, m_sendWorkflow->isSending() && !m_sendWorkflow->isConfirming());
    m_actions.checkStatus->setEnabled(m_sendWorkflow->canCheckStatus());
}

void MainWindow::showWhySendIsDisabled()
{
    // The fields not edited yet show no marks; someone who tries to send wants to see them all.
    m_form->revealAllIssues();
    if (m_problems->errorCount() > 0) {
        m_problemsDock->show();
        m_problemsDock->raise();
    }
    const QString campaignBlocker = m_campaign->blocker();
    showStatus(!campaignBlocker.isEmpty() ? campaignBlocker
                                          : m_sendWorkflow->blocker(currentAccountId(), m_problems->errorCount()),
               5000);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    if (text.isEmpty())
        statusBar()->clearMessage();
    else
        statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::showResultDock()
{
    m_resultDock->show();
    m_resultDock->raise();
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
    if (!m_sendWorkflow->mayQuit() || !m_services->campaigns()->mayClose(this)) {
        event->ignore();
        return;
    }
    if (!m_drafts->maybeSave()) {
        event->ignore();
        return;
    }
    m_layout->save();
    m_drafts->closeCleanly();
    event->accept();
}

bool MainWindow::offerInterruptedCampaign()
{
    return m_services->campaigns()->offerInterrupted(this);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DraftSession::draftOfDrop(event->mimeData()).isEmpty() ||
        !CampaignComposer::spreadsheetOfDrop(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString draft = DraftSession::draftOfDrop(event->mimeData());
    const QString spreadsheet = CampaignComposer::spreadsheetOfDrop(event->mimeData());
    if (draft.isEmpty() && spreadsheet.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening asks questions; do it after the drop has finished. A spreadsheet becomes the recipients.
    QMetaObject::invokeMethod(
        this,
        [this, draft, spreadsheet] {
            draft.isEmpty() ? m_campaign->importFile(spreadsheet) : (void)openFile(draft);
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
