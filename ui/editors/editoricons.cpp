#include "editoricons.h"

#include "model/messagetype.h"

namespace soip {

QIcon EditorIcons::actionType(int actionType)
{
    switch (ActionType(actionType)) {
    case ActionType::OpenLink:
        return QIcon(QStringLiteral(":/soip/icons/action-link.svg"));
    case ActionType::AddToCalendar:
        return QIcon(QStringLiteral(":/soip/icons/action-calendar.svg"));
    case ActionType::OpenApp:
        return QIcon(QStringLiteral(":/soip/icons/action-app.svg"));
    case ActionType::CopyText:
        return QIcon(QStringLiteral(":/soip/icons/action-copy.svg"));
    case ActionType::Call:
        return QIcon(QStringLiteral(":/soip/icons/action-call.svg"));
    }
    return {};
}

QIcon EditorIcons::severity(Severity severity)
{
    return severity == Severity::Error ? QIcon(QStringLiteral(":/soip/icons/mark-error.svg"))
                                       : QIcon(QStringLiteral(":/soip/icons/mark-warning.svg"));
}

QIcon EditorIcons::ok()
{
    return QIcon(QStringLiteral(":/soip/icons/mark-ok.svg"));
}

QIcon EditorIcons::moveUp()
{
    return QIcon(QStringLiteral(":/soip/icons/move-up.svg"));
}

QIcon EditorIcons::moveDown()
{
    return QIcon(QStringLiteral(":/soip/icons/move-down.svg"));
}

QIcon EditorIcons::remove()
{
    return QIcon(QStringLiteral(":/soip/icons/remove.svg"));
}

} // namespace soip
