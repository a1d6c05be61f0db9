#pragma once

#include "composer/autosavestore.h"
#include "net/sendoutcome.h"
#include "net/statusoutcome.h"
#include "validation/issue.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>
#include <QSettings>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSplitter;

namespace soip {

class Autosaver;
class ComposerDocument;
class ComposerForm;
class CredentialStore;
class PreviewPane;
class ProblemsPanel;
class RecentFiles;
class ResultPanel;
class SendController;
struct Account;

// The composer window: the form on the left, the live preview on the right, the problems list and
// the send result below, the account selector and Send in the tool bar. Every edit goes into the
// ComposerDocument; on each change the window validates, updates the marks, the problems list,
// the preview and Send, and the autosaver keeps a copy.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    struct Options {
        // Where autosaves go; empty means the app's data directory.
        QString autosaveDirectory;
        // Where API keys are read from; null means the OS keychain. Not owned.
        CredentialStore *credentials = nullptr;
        // Start on the built-in sandbox account whatever the saved default is.
        bool sandbox = false;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    QList<Issue> issues() const { return m_issues; }
    SendController *sendController() const { return m_sendController; }
    ComposerForm *form() const { return m_form; }
    PreviewPane *previewPane() const { return m_preview; }
    // Shows `image` in the preview for the message's media and cover URLs without downloading
    // them (screenshots and the start-up benchmark run offline).
    void showPreviewImage(const QImage &image);
    // The account chosen in the tool bar.
    QString currentAccountId() const;
    void setCurrentAccountId(const QString &id);

    // Each asks about unsaved changes first where that applies; false when the user cancelled or
    // the operation failed (the user has been told why).
    bool newDraft();
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);

    // Offers to restore what a session that did not exit cleanly had on screen. Returns true when
    // something was restored.
    bool offerRestore();
    void restoreSnapshot(const AutosaveSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void createCentralArea();
    void createDocks();
    void createActions();
    void createMenus();
    void createToolBar();
    void updateRecentMenu();
    void restoreLayout();

    void onDocumentChanged();
    void updateTitle();
    void updateSendState();
    void showWhySendIsDisabled();
    void focusIssue(const Issue &issue);
    void focusPath(const QString &jsonPath);
    bool maybeSave();
    bool loadFile(const QString &path);
    void applyAccountDefaults(Message &message) const;
    void reloadAccounts();
    void editAccounts();

    void send();
    bool confirmSend(const Account &account, const Message &message);
    void onSendFinished(const SendOutcome &outcome, const Account &account);
    void checkStatus();
    void onStatusFinished(const StatusOutcome &outcome);
    void copyCurl();

    // The last message that may have reached the server, to catch an accidental second send.
    struct LastSend {
        QByteArray payload;
        QString accountId;
        QDateTime at;
        QStringList messageIds;
    };

    QSettings m_settings;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    QNetworkAccessManager *m_network = nullptr;
    ComposerDocument *m_document = nullptr;
    Autosaver *m_autosaver = nullptr;
    SendController *m_sendController = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QList<Issue> m_issues;
    // Wrong JSON types found when the file was opened; shown until the first edit.
    QList<Issue> m_fileIssues;
    bool m_sending = false;    // from the confirmation question until the answer arrives
    bool m_confirming = false; // the confirmation question is open: nothing is on the network yet
    bool m_checkingStatus = false;
    LastSend m_lastSend;

    QSplitter *m_splitter = nullptr;
    ComposerForm *m_form = nullptr;
    PreviewPane *m_preview = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ResultPanel *m_result = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_resultDock = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_sendStatusLabel = nullptr;
    QProgressBar *m_sendProgress = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_sendAction = nullptr;
    // Send's keys while Send is disabled: the user tried to send, so show what is in the way.
    QShortcut *m_blockedSendShortcut = nullptr;
    QAction *m_checkStatusAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace soip
