#pragma once

#include <QCoreApplication>
#include <QList>

class QAction;
class QDockWidget;
class QMainWindow;
class QWidget;

namespace soip {

class CampaignController;
class CampaignPanel;
class CompareDock;
class PreviewImageCache;
class ProblemsPanel;
class ResultPanel;

// The window's docks: Problems, Send result and Campaign as tabs of one bottom area (so the form
// and the phone keep their height on a 768-pixel screen), and Compare phones as a window of its
// own (a grid of phones needs room a docked column would take from the form); with their toggles
// for the View menu. The window connects them; they belong to it.
struct WindowDocks {
    Q_DECLARE_TR_FUNCTIONS(soip::WindowDocks)

public:
    WindowDocks(QMainWindow *window, CampaignController *campaigns, PreviewImageCache *images);

    QList<QAction *> viewActions() const;
    // The campaign panel's Pause, Resume and Stop, for the Message menu.
    QList<QAction *> campaignActions() const;
    // Shows `dock` and brings its tab to the front.
    static void bringUp(QDockWidget *dock);
    // The window's parts as Tab goes through them (found by hand: Tab went to the bottom docks
    // before the toolbar above the form): the form and the phone (`central`), the docks with their
    // tabs, then `toolBar` (account and Send), and round again.
    QList<QWidget *> readingOrder(QWidget *central, QWidget *toolBar) const;

    ProblemsPanel *problems = nullptr;
    ResultPanel *result = nullptr;
    CompareDock *compare = nullptr;
    CampaignPanel *campaign = nullptr;
    QDockWidget *problemsDock = nullptr;
    QDockWidget *resultDock = nullptr;
    QDockWidget *campaignDock = nullptr;

private:
    QMainWindow *m_window = nullptr;
};

} // namespace soip
