#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QKeySequence;
class QMenu;
class QMenuBar;
class QWidget;

namespace soip {

// The main window's actions, each with its text, keys, icon, tooltip and objectName in one place,
// and the menu bar built from them. The window connects them to what they do.
struct WindowActions final {
    Q_DECLARE_TR_FUNCTIONS(soip::WindowActions)

public:
    // The actions are children of `window`.
    explicit WindowActions(QWidget *window);

    struct Menus {
        QMenu *file = nullptr;
        QMenu *recent = nullptr; // Open Recent, which the window keeps filled
        QMenu *view = nullptr;
        QMenu *help = nullptr;
    };
    // Fills `bar`; `view` are the View menu's entries (the docks' toggles), `campaign` the running
    // campaign's Pause, Resume and Stop (the Message menu's last part).
    Menus fillMenuBar(QMenuBar *bar, const QList<QAction *> &view, const QList<QAction *> &campaign) const;

    QAction *newDraft = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportPreview = nullptr;
    QAction *exportTemplate = nullptr;
    QAction *recipientsFromFile = nullptr;
    QAction *quit = nullptr;
    QAction *send = nullptr;
    QAction *checkStatus = nullptr;
    QAction *copyCurl = nullptr;
    QAction *history = nullptr;
    QAction *accounts = nullptr;
    QAction *preferences = nullptr;
    QAction *about = nullptr;

private:
    QAction *make(const QString &text, const char *name, const QKeySequence &keys) const;

    QWidget *m_window = nullptr;
};

} // namespace soip
