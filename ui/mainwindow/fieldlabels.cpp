#include "fieldlabels.h"

#include <QStringList>

namespace soip {

QString FieldLabels::forField(ApiField field)
{
    switch (field) {
    case ApiField::To:
        return tr("Recipients");
    case ApiField::From:
        return tr("Sender ID");
    case ApiField::Body:
        return tr("Message text");
    case ApiField::Type:
        return tr("Message type");
    case ApiField::Source:
        return tr("Source");
    case ApiField::Route:
        return tr("Route");
    case ApiField::CampaignName:
        return tr("Campaign name");
    case ApiField::CallbackProfileId:
        return tr("Callback profile");
    case ApiField::Title:
        return tr("Titles");
    case ApiField::Category:
        return tr("Category");
    case ApiField::SubCategory:
        return tr("Sub-category");
    case ApiField::CoreEntity:
        return tr("Core entity");
    case ApiField::RichMedia:
        return tr("Media");
    case ApiField::MediaType:
        return tr("Media type");
    case ApiField::Url:
        return tr("URL");
    case ApiField::DisplayRatio:
        return tr("Display ratio");
    case ApiField::Cover:
        return tr("Cover image");
    case ApiField::Actions:
        return tr("Buttons");
    case ApiField::ActionType:
        return tr("Button type");
    case ApiField::ActionContent:
        return tr("Label");
    case ApiField::ActionRank:
        return tr("Position");
    case ApiField::ActionTo:
        return tr("Target");
    case ApiField::EventDate:
        return tr("Date");
    case ApiField::EventTime:
        return tr("Time");
    case ApiField::EventTitle:
        return tr("Event title");
    case ApiField::EventDescription:
        return tr("Event description");
    case ApiField::DeepLinks:
        return tr("App");
    case ApiField::DeepLinkAction:
        return tr("Intent action");
    case ApiField::PackageName:
        return tr("Package name");
    case ApiField::ClassName:
        return tr("Class name or Play Store URL");
    case ApiField::None:
    case ApiField::Kid:
    case ApiField::Data:
        break;
    }
    return {};
}

QString FieldLabels::forPath(const QString &jsonPath)
{
    if (jsonPath.isEmpty())
        return tr("Whole message");
    const std::optional<JsonPath> path = JsonPath::parse(jsonPath);
    if (!path)
        return jsonPath;
    QStringList parts;
    for (qsizetype i = 0; i < path->steps().size(); ++i) {
        const JsonPath::Step &step = path->steps().at(i);
        const ApiField field = ApiFields::at(path->first(i + 1));
        const qsizetype number = step.index + 1;
        // A path inside a title or a button names the item; `title` and `actions` on their own
        // are the whole list. There is only one media and, in practice, one app link.
        if (number > 0 && field == ApiField::Title)
            parts.append(tr("Title %1").arg(number));
        else if (number > 0 && field == ApiField::Actions)
            parts.append(tr("Button %1").arg(number));
        else if (const QString label = forField(field); !label.isEmpty())
            parts.append(label);
        else
            parts.append(step.key); // not an API field: the file's own key
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace soip
