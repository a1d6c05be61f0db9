#include "apifield.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

using F = ApiField;

// The API's fields, as the reference names them. Codes: docs/validation-codes.md.
const QList<ApiFields::Info> &table()
{
    static const QList<ApiFields::Info> fields = {
        {F::None, F::None, {}, {}, {}, {}},
        {F::To,
         F::None,
         "to"_L1,
         {},
         {},
         {"E750"_L1, "INV-NUMBER"_L1, "INV-MOB-PATTRN"_L1, "MOB-NOTALLOWED"_L1, "CAPABILITY-CHECK-ERROR"_L1}},
        {F::From, F::None, "from"_L1, "INV-SENDER"_L1, {}, {"INV-SENDER"_L1}},
        {F::Body, F::None, "body"_L1, "INV-MESSAGE-BODY"_L1, {}, {"INV-MESSAGE-BODY"_L1}},
        {F::Type, F::None, "type"_L1, "E754"_L1, {}, {"E754"_L1, "INV-TYPE"_L1}},
        {F::Source, F::None, "source"_L1, "INV-SOURCE"_L1, {}, {"INV-SOURCE"_L1}},
        {F::Route, F::None, "route"_L1, "E752"_L1, {}, {"E752"_L1, "INV-ROUTE"_L1}},
        {F::CampaignName, F::None, "campaign_name"_L1, {}, {}, {}},
        {F::CallbackProfileId, F::None, "callback_profile_id"_L1, {}, {}, {}},
        {F::Title, F::None, "title"_L1, "E761"_L1, "INV-TITLE"_L1, {"E761"_L1, "INV-TITLE"_L1}},
        {F::Category, F::None, "category"_L1, "INV-CATEGORY"_L1, {}, {"INV-CATEGORY"_L1}},
        {F::SubCategory, F::None, "sub_category"_L1, {}, {}, {}},
        {F::CoreEntity, F::None, "core_entity"_L1, {}, {}, {}},
        {F::RichMedia, F::None, "rich_media"_L1, {}, {}, {}},
        {F::MediaType, F::RichMedia, "media_type"_L1, "INV-MEDIA-TYPE"_L1, {}, {"INV-MEDIA-TYPE"_L1}},
        {F::Url, F::RichMedia, "url"_L1, "INV-MEDIA-URL"_L1, {}, {"INV-MEDIA-URL"_L1}},
        {F::DisplayRatio,
         F::RichMedia,
         "display_ratio"_L1,
         "INV-MEDIA-DISPLAY-RATIO"_L1,
         {},
         {"INV-MEDIA-DISPLAY-RATIO"_L1}},
        {F::Cover, F::RichMedia, "cover"_L1, "INV-MEDIA-URL"_L1, {}, {"INV-MEDIA-URL"_L1}},
        {F::Actions, F::None, "actions"_L1, "E757"_L1, {}, {"E757"_L1}},
        {F::ActionType, F::Actions, "action_type"_L1, "INV-ACTION-TYPE"_L1, {}, {"INV-ACTION-TYPE"_L1}},
        {F::ActionContent,
         F::Actions,
         "action_content"_L1,
         "INV-ACTION-CONTENT"_L1,
         {},
         {"INV-ACTION-CONTENT"_L1}},
        {F::ActionRank, F::Actions, "action_rank"_L1, "INV-ACTION-RANK"_L1, {}, {"INV-ACTION-RANK"_L1}},
        {F::ActionTo, F::Actions, "action_to"_L1, "INV-ACTION-TO"_L1, {}, {"INV-ACTION-TO"_L1}},
        {F::EventDate, F::ActionTo, "date"_L1, "INV-ACTION-TO"_L1, {}, {"INV-ACTION-TO"_L1}},
        {F::EventTime, F::ActionTo, "time"_L1, "INV-ACTION-TO"_L1, {}, {"INV-ACTION-TO"_L1}},
        {F::EventTitle, F::ActionTo, "title"_L1, "INV-ACTION-TO"_L1, {}, {"INV-ACTION-TO"_L1}},
        {F::EventDescription, F::ActionTo, "event"_L1, "INV-ACTION-TO"_L1, {}, {"INV-ACTION-TO"_L1}},
        {F::DeepLinks,
         F::Actions,
         "deep_links"_L1,
         "INV-DEEP-LINKS"_L1,
         "INV-DEEP-LINKS"_L1,
         {"INV-DEEP-LINKS"_L1}},
        {F::DeepLinkAction, F::DeepLinks, "action"_L1, "INV-DEEP-LINKS"_L1, {}, {"INV-DEEP-LINKS"_L1}},
        {F::PackageName, F::DeepLinks, "packageName"_L1, "INV-DEEP-LINKS"_L1, {}, {"INV-DEEP-LINKS"_L1}},
        {F::ClassName, F::DeepLinks, "className"_L1, "INV-DEEP-LINKS"_L1, {}, {"INV-DEEP-LINKS"_L1}},
        {F::Kid, F::None, "kid"_L1, {}, {}, {}},
        {F::Data, F::None, "data"_L1, {}, {}, {}},
    };
    return fields;
}

} // namespace

const ApiFields::Info &ApiFields::info(ApiField field)
{
    // The table is in enum order, which tst_apifields checks.
    return table().at(static_cast<qsizetype>(field));
}

const QString &ApiFields::key(ApiField field)
{
    static const QList<QString> keys = [] {
        QList<QString> out;
        for (const Info &entry : table())
            out.append(QString(entry.key));
        return out;
    }();
    return keys.at(static_cast<qsizetype>(field));
}

ApiField ApiFields::at(const JsonPath &path)
{
    ApiField current = ApiField::None;
    for (const JsonPath::Step &step : path.steps()) {
        ApiField next = ApiField::None;
        for (const Info &candidate : table()) {
            if (candidate.field != ApiField::None && candidate.parent == current && candidate.key == step.key) {
                next = candidate.field;
                break;
            }
        }
        if (next == ApiField::None)
            return ApiField::None;
        current = next;
    }
    return current;
}

ApiField ApiFields::at(const QString &path)
{
    const std::optional<JsonPath> parsed = JsonPath::parse(path);
    return parsed ? at(*parsed) : ApiField::None;
}

QString ApiFields::wrongTypeCode(const JsonPath &path)
{
    if (path.isEmpty())
        return {};
    const Info &field = info(at(path));
    return QString(path.steps().last().index >= 0 ? field.wrongEntryTypeCode : field.wrongTypeCode);
}

ApiField ApiFields::topLevelFieldOfCode(const QString &code)
{
    const QString wanted = code.trimmed().toUpper();
    for (const Info &candidate : table()) {
        if (!candidate.vendorCodes.contains(wanted))
            continue;
        ApiField top = candidate.field;
        while (info(top).parent != ApiField::None)
            top = info(top).parent;
        return top;
    }
    return ApiField::None;
}

} // namespace soip
