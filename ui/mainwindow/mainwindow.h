#pragma once

#include "accountselector.h"
#include "campaign/campaigncontroller.h"
#include "draftsession.h"
#include "preview/previewpane.h"
#include "services/appservices.h"
#include "services/sendcontroller.h"
#include "validation/issue.h"
#include "windowactions.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSplitter;

namespace soip {

class AccountSelector;
class CampaignComposer;
class MainToolBar;
class WindowLayout;
struct WindowDocks;
class AppServices;
class Autosaver;
class ComposerDocument;
class ComposerForm;
class CompareDock;
class HistoryWindow;
class DraftSession;
class PreviewPane;
class ProblemsPanel;
class ResultPanel;
class SendController;
class SendWorkflow;
struct AutosaveSnapshot;
struct Message;

// The composer window: the form on the left, the live preview on the right, the problems list and
// the send result below, the account selector and Send in the tool bar. It only arranges these and
// its actions: every edit goes into the ComposerDocument, the draft's life is DraftSession's, sending
// is SendWorkflow's, and the services (network, keychain, accounts, history) belong to AppServices,
// which outlives the window.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        // The application's services; not owned, must outlive the window.
        AppServices *services = nullptr;
        // Where autosaves go; empty means the app's data directory.
        QString autosaveDirectory;
        // Start on the built-in sandbox account whatever the saved default is.
        bool sandbox = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerDocument *document() const { return m_document; }
    DraftSession *drafts() const { return m_drafts; }
    Autosaver *autosaver() const { return m_drafts->autosaver(); }
    QList<Issue> issues() const { return m_issues; }
    SendController *sendController() const { return m_services->sending(); }
    ComposerForm *form() const { return m_form; }
    PreviewPane *previewPane() const { return m_preview; }
    CampaignComposer *campaign() const { return m_campaign; }
    // Shows `image` in the preview for the message's media and cover URLs without downloading
    // them (screenshots and the start-up benchmark run offline).
    void showPreviewImage(const QImage &image) { m_preview->showLocalImage(image); }
    // The account chosen in the tool bar.
    QString currentAccountId() const { return m_accounts->currentAccountId(); }
    void setCurrentAccountId(const QString &id) { m_accounts->setCurrentAccountId(id); }

    // The draft's life (see DraftSession); false when the user cancelled or it failed.
    bool newDraft() { return m_drafts->newDraft(); }
    bool openFile(const QString &path) { return m_drafts->openFile(path); }
    bool save() { return m_drafts->save(); }
    bool saveAs() { return m_drafts->saveAs(); }
    bool saveTo(const QString &path) { return m_drafts->saveTo(path); }
    // Offers to restore what a session that did not exit cleanly had on screen.
    bool offerRestore() { return m_drafts->offerRestore(); }
    // Offers the latest interrupted campaign for resumption (at start-up, after offerRestore()).
    bool offerInterruptedCampaign() { return m_services->campaigns()->offerInterrupted(this); }
    void restoreSnapshot(const AutosaveSnapshot &snapshot) { m_drafts->restoreSnapshot(snapshot); }
    // View → History (made when first asked for); `showCampaign()` on it opens a delivery report.
    HistoryWindow *showHistory();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    // The whole window in reading order (WindowDocks::readingOrder), back to the start; the form's
    // order is TabRing's too.
    bool focusNextPrevChild(bool next) override;

private:
    void createCentralArea();
    void createDocks();
    void connectActions();
    void createMenus();
    void createToolBar();

    void onDocumentChanged();
    void revalidate();
    void updateTitle();
    void updateSendState();
    void showWhySendIsDisabled();
    QString sendBlocker() const;
    void showStatus(const QString &text, int timeoutMs);
    Message blankMessage() const;
    void send();

    AppServices *m_services = nullptr;
    ComposerDocument *m_document = nullptr;
    DraftSession *m_drafts = nullptr;
    WindowActions m_actions;
    QList<Issue> m_issues;

    QSplitter *m_splitter = nullptr;
    ComposerForm *m_form = nullptr;
    PreviewPane *m_preview = nullptr;
    CampaignComposer *m_campaign = nullptr;
    SendWorkflow *m_sendWorkflow = nullptr;
    std::unique_ptr<WindowDocks> m_docks;
    HistoryWindow *m_history = nullptr;
    MainToolBar *m_toolBar = nullptr;
    WindowLayout *m_layout = nullptr;
    AccountSelector *m_accounts = nullptr;

    // Send's keys while Send is disabled: the user tried to send, so show what is in the way.
    QShortcut *m_blockedSendShortcut = nullptr;
};

} // namespace soip
