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

namespace soip {

WindowDocks::WindowDocks(QMainWindow *window, CampaignController *campaigns, PreviewImageCache *images)
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
    problemsDock->raise();
    window->resizeDocks({problemsDock}, {130}, Qt::Vertical);
    // Beside the form's own guard: the preview's bar, the row picker, these docks (floating or
    // not) and the window's dialogs keep their values under a wheel meant for something else.
    new WheelGuard(window);
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
