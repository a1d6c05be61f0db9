#include "windowdocks.h"

#include "campaign/campaigncontroller.h"
#include "campaign/campaignpanel.h"
#include "editors/wheelguard.h"
#include "preview/comparedock.h"
#include "problemspanel.h"
#include "resultpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QTabBar>

#include <algorithm>

namespace soip {

namespace {
bool isAtTheScreensCorner(const QWidget *floating)
{
    const QScreen *screen = floating->screen();
    const QPoint corner = screen ? screen->availableGeometry().topLeft() : QPoint();
    return (floating->pos() - corner).manhattanLength() <= 16; // the frame may put it a few pixels off
}

// Centred over `window`, and whole on its screen.
void placeOver(const QWidget *window, QWidget *floating)
{
    QRect place(QPoint(), floating->size());
    place.moveCenter(window->frameGeometry().center());
    if (const QScreen *screen = window->screen()) {
        const QRect free = screen->availableGeometry();
        place.moveLeft(std::clamp(place.left(), free.left(), std::max(free.left(), free.right() - place.width())));
        place.moveTop(std::clamp(place.top(), free.top(), std::max(free.top(), free.bottom() - place.height())));
    }
    floating->move(place.topLeft());
}
} // namespace

WindowDocks::WindowDocks(QMainWindow *window, CampaignController *campaigns, PreviewImageCache *images)
    : m_window(window)
{
    const auto dock = [window](QWidget *content, const QString &title, const char *name) {
        auto *dock = new QDockWidget(title, window);
        dock->setObjectName(QLatin1String(name));
        dock->setWidget(content);
        dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                          QDockWidget::DockWidgetClosable);
        window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        return dock;
    };
    problems = new ProblemsPanel(window);
    problemsDock = dock(problems, tr("Problems"), "problemsDock");
    result = new ResultPanel(window);
    resultDock = dock(result, tr("Send result"), "resultDock");
    campaign = new CampaignPanel(campaigns, window);
    campaignDock = dock(campaign, tr("Campaign"), "campaignDock");
    window->tabifyDockWidget(problemsDock, resultDock);
    window->tabifyDockWidget(resultDock, campaignDock);
    campaignDock->setVisible(campaigns->isActive());
    QObject::connect(campaigns, &CampaignController::started, campaignDock, [this] { bringUp(campaignDock); });

    compare = new CompareDock(images, window); // View → Compare phones
    window->addDockWidget(Qt::RightDockWidgetArea, compare);
    // The person may dock it; the layout is remembered. Hidden before it floats, so it gets its
    // own window only when first shown.
    compare->hide();
    compare->setFloating(true);
    compare->resize(760, 640);
    // Found by hand: shown for the first time, it opened at the screen's corner over the menu bar
    // (where a floating dock is until someone places it). A place the person or a restored layout
    // gave it is kept.
    QObject::connect(compare, &QDockWidget::visibilityChanged, compare, [window, compare = compare](bool visible) {
        if (visible && compare->isFloating() && isAtTheScreensCorner(compare))
            placeOver(window, compare);
    });
    problemsDock->raise();
    window->resizeDocks({problemsDock}, {130}, Qt::Vertical);
    // Beside the form's own guard: the preview's bar, the row picker, these docks (floating or
    // not) and the window's dialogs keep their values under a wheel meant for something else.
    new WheelGuard(window);
}

QList<QWidget *> WindowDocks::readingOrder(QWidget *central, QWidget *toolBar) const
{
    QList<QWidget *> order{central};
    // The tabs of the bottom docks are the window's own, not a dock's.
    for (QTabBar *tabs : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        order.append(tabs);
    order += {problemsDock, resultDock, campaignDock, toolBar};
    return order;
}

QList<QAction *> WindowDocks::campaignActions() const
{
    return campaign->actions();
}

QList<QAction *> WindowDocks::viewActions() const
{
    const auto toggle = [](QDockWidget *dock, const QString &text, const char *name) {
        QAction *action = dock->toggleViewAction();
        if (!text.isEmpty())
            action->setText(text);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    return {toggle(problemsDock, tr("&Problems"), "showProblemsAction"),
            toggle(resultDock, tr("Send &result"), "showResultAction"),
            toggle(campaignDock, tr("&Campaign"), "showCampaignAction"), toggle(compare, {}, "showCompareAction")};
}

void WindowDocks::bringUp(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

} // namespace soip
