#pragma once

#include "composer/autosavestore.h"
#include "validation/issue.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace soip {

class Autosaver;
class ComposerDocument;
class ProblemsPanel;
class RecentFiles;
class ResultPanel;

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
    };

    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    ComposerDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    QList<Issue> issues() const { return m_issues; }

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
    void focusIssue(const Issue &issue);
    bool maybeSave();
    bool loadFile(const QString &path);
    void send();

    ComposerDocument *m_document = nullptr;
    Autosaver *m_autosaver = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QList<Issue> m_issues;
    // Wrong JSON types found when the file was opened; shown until the first edit.
    QList<Issue> m_fileIssues;
    bool m_sending = false;

    QSplitter *m_splitter = nullptr;
    QScrollArea *m_formScrollArea = nullptr;
    QWidget *m_form = nullptr;
    QWidget *m_preview = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ResultPanel *m_result = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_resultDock = nullptr;
    QComboBox *m_accountCombo = nullptr;
    QPushButton *m_sendButton = nullptr;
    QLabel *m_sendStatusLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_checkStatusAction = nullptr;
    QAction *m_copyCurlAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace soip
