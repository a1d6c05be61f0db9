#include "message.h"

#include <algorithm>
#include <numeric>

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

QList<qsizetype> Message::buttonOrder() const
{
    auto rankOf = [this](qsizetype i) {
        bool ok = false;
        const int rank = actions.at(i).rank.trimmed().toInt(&ok);
        return ok && rank >= 0 && rank < kMaxActions ? rank : kMaxActions;
    };
    QList<qsizetype> order(actions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return rankOf(a) < rankOf(b); });
    if (order.size() > kMaxActions)
        order.resize(kMaxActions);
    return order;
}

QString Message::shownPictureUrl() const
{
    if (kind() != MessageKind::RichMedia || richMedia.isEmpty())
        return {};
    const RichMedia &media = richMedia.first();
    return (media.mediaType == int(MediaType::Video) ? media.cover : media.url).trimmed();
}

} // namespace soip
