#include "fieldlabels.h"

#include <QRegularExpression>
#include <QStringList>

namespace soip {

QString FieldLabels::forKey(const QString &key)
{
    struct Entry {
        const char16_t *key;
        const char *label;
    };
    // QT_TR_NOOP so lupdate sees the labels; they are translated when looked up.
    static const Entry entries[] = {
        {u"to", QT_TR_NOOP("Recipients")},
        {u"from", QT_TR_NOOP("Sender ID")},
        {u"body", QT_TR_NOOP("Message text")},
        {u"type", QT_TR_NOOP("Message type")},
        {u"source", QT_TR_NOOP("Source")},
        {u"route", QT_TR_NOOP("Route")},
        {u"campaign_name", QT_TR_NOOP("Campaign name")},
        {u"callback_profile_id", QT_TR_NOOP("Callback profile")},
        {u"title", QT_TR_NOOP("Titles")},
        {u"category", QT_TR_NOOP("Category")},
        {u"sub_category", QT_TR_NOOP("Sub-category")},
        {u"core_entity", QT_TR_NOOP("Core entity")},
        {u"rich_media", QT_TR_NOOP("Media")},
        {u"media_type", QT_TR_NOOP("Media type")},
        {u"url", QT_TR_NOOP("URL")},
        {u"display_ratio", QT_TR_NOOP("Display ratio")},
        {u"cover", QT_TR_NOOP("Cover image")},
        {u"actions", QT_TR_NOOP("Buttons")},
        {u"action_type", QT_TR_NOOP("Button type")},
        {u"action_content", QT_TR_NOOP("Label")},
        {u"action_rank", QT_TR_NOOP("Position")},
        {u"action_to", QT_TR_NOOP("Target")},
        {u"deep_links", QT_TR_NOOP("App")},
        {u"date", QT_TR_NOOP("Date")},
        {u"time", QT_TR_NOOP("Time")},
        {u"event", QT_TR_NOOP("Event description")},
        {u"action", QT_TR_NOOP("Intent action")},
        {u"packageName", QT_TR_NOOP("Package name")},
        {u"className", QT_TR_NOOP("Class name or Play Store URL")},
    };
    for (const Entry &entry : entries) {
        if (key == QStringView(entry.key))
            return tr(entry.label);
    }
    return key;
}

QString FieldLabels::forPath(const QString &jsonPath)
{
    if (jsonPath.isEmpty())
        return tr("Whole message");
    static const QRegularExpression segment(QStringLiteral("^([^\\[]*)(?:\\[(\\d+)\\])?$"));
    QStringList parts;
    const QStringList segments = jsonPath.split(u'.');
    for (const QString &part : segments) {
        const QRegularExpressionMatch match = segment.match(part);
        if (!match.hasMatch()) {
            parts.append(part);
            continue;
        }
        const QString key = match.captured(1);
        const QString index = match.captured(2);
        const int number = index.isEmpty() ? -1 : index.toInt() + 1;
        // A path inside a title or a button names the item; inside `title` and `actions` the key
        // on its own is the whole list.
        if (number > 0 && key == u"title")
            parts.append(tr("Title %1").arg(number));
        else if (number > 0 && key == u"actions")
            parts.append(tr("Button %1").arg(number));
        else if (key == u"rich_media" || key == u"deep_links")
            parts.append(forKey(key)); // there is only one of each in practice
        else
            parts.append(forKey(key));
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace soip
