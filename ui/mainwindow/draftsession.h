#pragma once

#include "validation/issue.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QMimeData;
class QWidget;

namespace soip {

class Autosaver;
class ComposerDocument;
class RecentFiles;
struct WindowActions;
struct AutosaveSnapshot;
struct Message;

// The draft's life: new, open, save, save as, the recent files, and restoring what a crash left
// behind. Owns the document's autosaver and the recent-files list; asks its questions in message
// boxes over `dialogParent`, each with an objectName so tests can answer them.
class DraftSession final : public QObject {
    Q_OBJECT

public:
    // `document` is not owned. `autosaveDirectory` empty means the app's data directory.
    DraftSession(ComposerDocument *document, const QString &autosaveDirectory, QWidget *dialogParent);

    ComposerDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    RecentFiles *recentFiles() const { return m_recentFiles; }
    // Wrong JSON types found when the file was opened; kept until another draft replaces it.
    QList<Issue> fileIssues() const { return m_fileIssues; }

    // What a new draft starts with (the window fills in the account's sender, route and profile).
    void setBlankMessageFactory(std::function<Message()> factory) { m_blank = std::move(factory); }

    // File → New, Open, Save, Save As and Export Template.
    void connectActions(const WindowActions &actions);

    // Each asks about unsaved changes first where that applies; false when the user cancelled or
    // the operation failed (the user has been told why).
    bool newDraft();
    bool openFile(const QString &path);
    bool openWithDialog();
    // `message` (a sent one, from the history) as a new draft: no file, unsaved, modified.
    bool openAsNewDraft(const Message &message);
    bool save();
    bool saveAs();
    // A campaign file (a draft with a spreadsheet) when `path` ends in .soipcampaign, else the
    // payload; Save As picks the kind that keeps everything on screen.
    bool saveTo(const QString &path);
    // The message's payload alone, as a plain draft, without the spreadsheet; the document keeps
    // its own file.
    bool exportTemplate();
    // Asks whether to save unsaved changes; false when the user cancelled.
    bool maybeSave();
    // Offers to restore what a session that did not exit cleanly had on screen. True when
    // something was restored.
    bool offerRestore();
    void restoreSnapshot(const AutosaveSnapshot &snapshot);
    // A clean exit: whatever mattered is saved or explicitly discarded.
    void closeCleanly();

    // The draft among files dropped on the window (the first .json or campaign file), or empty.
    static QString draftOfDrop(const QMimeData *mime);

signals:
    // A whole draft came from a file or an autosave: every problem in it is news to the user.
    void draftLoaded(bool hasFileIssues);
    // A sentence for the status bar; `timeoutMs` 0 keeps it until the next one.
    void statusMessage(const QString &text, int timeoutMs);

private:
    bool loadFile(const QString &path);
    void rememberDirectory(const QString &path);
    void warnNotAutosaved(const QString &reason);
    void autosaveRecovered();

    ComposerDocument *m_document = nullptr;
    QWidget *m_dialogParent = nullptr;
    Autosaver *m_autosaver = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QList<Issue> m_fileIssues;
    std::function<Message()> m_blank;
    QPointer<QMessageBox> m_autosaveWarning; // shown while autosaves fail
};

} // namespace soip
