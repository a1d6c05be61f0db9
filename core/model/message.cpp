#include "message.h"

namespace soip {

bool CalendarEvent::isEmpty() const
{
    return date.isEmpty() && time.isEmpty() && title.isEmpty() && description.isEmpty();
}

bool RichMedia::isEmpty() const
{
    return mediaType == 0 && url.isEmpty() && displayRatio.isEmpty() && cover.isEmpty();
}

Message Message::withOnlyFieldsOfType() const
{
    Message out = *this;
    const MessageKind k = kind();
    if (k == MessageKind::Text) {
        out.titles.clear();
        out.category.clear();
        out.subCategory.clear();
        out.coreEntity.clear();
        out.richMedia.clear();
        out.actions.clear();
    } else if (k == MessageKind::RichMedia) {
        out.coreEntity.clear();
    } else if (k == MessageKind::CallToAction) {
        out.richMedia.clear();
    }
    for (Action &action : out.actions) {
        action.otherTargets.clear();
        switch (ActionType(action.type)) {
        case ActionType::OpenLink:
        case ActionType::CopyText:
        case ActionType::Call:
            action.event = {};
            action.deepLinks.clear();
            break;
        case ActionType::AddToCalendar:
            action.target.clear();
            action.deepLinks.clear();
            break;
        case ActionType::OpenApp:
            action.target.clear();
            action.event = {};
            break;
        }
    }
    return out;
}

} // namespace soip
