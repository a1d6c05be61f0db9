#include "actiondescription.h"

#include "model/messagetype.h"

#include <QDate>
#include <QLocale>
#include <QTime>

namespace soip {

namespace {

// A tooltip is one line; a 2,000-character URL would fill the screen.
QString shortened(const QString &text)
{
    constexpr int kMax = 90;
    const QString simple = text.simplified();
    return simple.size() > kMax ? simple.left(kMax - 1) + QChar(0x2026) : simple;
}

} // namespace

QString ActionDescription::describe(const Action &action)
{
    switch (ActionType(action.type)) {
    case ActionType::OpenLink:
        if (action.target.trimmed().isEmpty())
            return tr("Opens a link, but no address is given");
        return tr("Opens %1").arg(shortened(action.target));
    case ActionType::AddToCalendar: {
        const CalendarEvent &event = action.event;
        if (event.isEmpty())
            return tr("Adds a calendar event, but no event is given");
        const QDate date = QDate::fromString(event.date, Qt::ISODate);
        const QString when = date.isValid() ? QLocale().toString(date, QStringLiteral("d MMM yyyy")) : event.date;
        const QString title = event.title.trimmed().isEmpty() ? tr("(untitled)") : shortened(event.title);
        return tr("Adds '%1' on %2 at %3 to the calendar").arg(title, when, event.time);
    }
    case ActionType::OpenApp: {
        if (action.deepLinks.isEmpty() || action.deepLinks.first().packageName.trimmed().isEmpty())
            return tr("Opens an app, but no app is given");
        const DeepLink &link = action.deepLinks.first();
        if (link.className.startsWith(QLatin1String("http"), Qt::CaseInsensitive))
            return tr("Opens %1, or its store page if it is not installed").arg(shortened(link.packageName));
        return tr("Opens %1").arg(shortened(link.packageName));
    }
    case ActionType::CopyText:
        if (action.target.isEmpty())
            return tr("Copies nothing: no text is given");
        return tr("Copies '%1'").arg(shortened(action.target));
    case ActionType::Call:
        if (action.target.trimmed().isEmpty())
            return tr("Calls, but no number is given");
        return tr("Calls %1").arg(shortened(action.target));
    }
    if (action.type == 0)
        return tr("Does nothing: the button has no type yet");
    return tr("Does nothing: %1 is not a button type").arg(action.type);
}

} // namespace soip
