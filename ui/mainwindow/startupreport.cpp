#include "startupreport.h"

#include "campaign/campaigncontroller.h"
#include "services/appservices.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace soip {

QStringList StartupReport::problems(const AppServices &services)
{
    QStringList found;
    if (!services.settingsError().isEmpty())
        found.append(services.settingsError());
    // A history that cannot be used is left as it is: it may be a newer version's, or on a disk
    // that comes back; the person decides whether to move it away.
    if (!services.historyError().isEmpty()) {
        found.append(services.historyError() + u' ' +
                     tr("The file was left as it is. Sends still go out but are not added to the history, and "
                        "campaigns cannot be sent until the file is moved away or the folder can be written."));
    } else if (!services.campaigns()->journalError().isEmpty() && services.history()) {
        found.append(services.campaigns()->journalError() + u' ' + tr("Campaigns cannot be sent."));
    }
    return found;
}

void StartupReport::show(const AppServices &services, QWidget *parent)
{
    const QStringList found = problems(services);
    if (found.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Some data could not be read"),
                    tr("SOIP Composer could not read all of its data. It works without it; nothing was deleted."),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("startupProblemsMessageBox"));
    box.setInformativeText(found.join(QStringLiteral("\n\n")));
    box.exec();
}

void StartupReport::markInStatusBar(const AppServices &services, QStatusBar *status)
{
    QString mark;
    if (!services.historyError().isEmpty())
        mark = tr("History not kept");
    else if (!services.campaigns()->journalError().isEmpty())
        mark = tr("Campaigns unavailable");
    if (mark.isEmpty())
        return;
    auto *button = new QToolButton(status);
    button->setObjectName(QStringLiteral("startupProblemsButton"));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIcon(status->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    button->setText(mark);
    const QString why = problems(services).join(QStringLiteral("\n\n"));
    button->setToolTip(why);
    button->setAccessibleDescription(why);
    status->addPermanentWidget(button);
    QObject::connect(button, &QToolButton::clicked, status,
                     [&services, status] { show(services, status->window()); });
}

} // namespace soip
