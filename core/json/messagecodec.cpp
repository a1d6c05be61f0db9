#include "messagecodec.h"

#include "canonicalwriter.h"
#include "jsonpath.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace soip {

namespace {

namespace key {
const QString to = QStringLiteral("to");
const QString from = QStringLiteral("from");
const QString body = QStringLiteral("body");
const QString type = QStringLiteral("type");
const QString source = QStringLiteral("source");
const QString route = QStringLiteral("route");
const QString campaignName = QStringLiteral("campaign_name");
const QString callbackProfileId = QStringLiteral("callback_profile_id");
const QString title = QStringLiteral("title");
const QString category = QStringLiteral("category");
const QString subCategory = QStringLiteral("sub_category");
const QString coreEntity = QStringLiteral("core_entity");
const QString richMedia = QStringLiteral("rich_media");
const QString actions = QStringLiteral("actions");
const QString mediaType = QStringLiteral("media_type");
const QString url = QStringLiteral("url");
const QString displayRatio = QStringLiteral("display_ratio");
const QString cover = QStringLiteral("cover");
const QString actionType = QStringLiteral("action_type");
const QString actionContent = QStringLiteral("action_content");
const QString actionRank = QStringLiteral("action_rank");
const QString actionTo = QStringLiteral("action_to");
const QString deepLinks = QStringLiteral("deep_links");
const QString date = QStringLiteral("date");
const QString time = QStringLiteral("time");
const QString event = QStringLiteral("event");
const QString action = QStringLiteral("action");
const QString packageName = QStringLiteral("packageName");
const QString className = QStringLiteral("className");
// Only in a response echo: request metadata, not part of the message.
const QString kid = QStringLiteral("kid");
const QString data = QStringLiteral("data");
} // namespace key

const QString kWrongTypeCode = QStringLiteral("SOIP-JSON-TYPE");
const QString kUnknownFieldCode = QStringLiteral("SOIP-UNKNOWN-FIELD");

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return MessageCodec::tr("true/false");
    case QJsonValue::Double:
        return MessageCodec::tr("a number");
    case QJsonValue::String:
        return MessageCodec::tr("text");
    case QJsonValue::Array:
        return MessageCodec::tr("a list");
    case QJsonValue::Object:
        return MessageCodec::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return MessageCodec::tr("nothing");
}

// Reads one object, collecting an issue for each value of the wrong JSON type.
class Reader {
public:
    QList<Issue> issues;

    void wrongType(const QString &path, const QString &expected, const QJsonValue &got)
    {
        issues.append(
            {Severity::Error, kWrongTypeCode, path,
             MessageCodec::tr("This field must be %1, but the file has %2 here.").arg(expected, describe(got))});
    }

    void unknownField(const QString &path, bool kept)
    {
        issues.append(
            {Severity::Warning, kUnknownFieldCode, path,
             kept ? MessageCodec::tr("This field is not part of the SOIP API. It is kept and sent as it is.")
                  : MessageCodec::tr("This field is not part of the SOIP API and is ignored.")});
    }

    // A text field. A number or true/false is kept as text (so nothing is lost) but reported.
    QString text(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (value.isString())
            return value.toString();
        if (value.isUndefined() || value.isNull())
            return {};
        wrongType(path, MessageCodec::tr("text"), value);
        if (value.isDouble())
            return QString::number(value.toDouble(), 'g', 17);
        if (value.isBool())
            return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    }

    // A whole number the vendor sends as a JSON number; a numeric string is accepted silently.
    int number(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull())
            return 0;
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::floor(d) == d && std::abs(d) < 1e6)
                return int(d);
        } else if (value.isString()) {
            bool ok = false;
            const int n = value.toString().trimmed().toInt(&ok);
            if (ok)
                return n;
        }
        wrongType(path, MessageCodec::tr("a whole number"), value);
        return -1; // present but unusable: the validator must not report it as missing
    }

    // `action_rank` is a string in the API; a number is accepted silently.
    QString rank(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (std::floor(d) == d && std::abs(d) < 1e6)
                return QString::number(int(d));
        }
        return text(object, name, path);
    }

    // An array; anything else is reported (and a lone object or string is taken as a one-element
    // array, so it is not lost).
    QJsonArray array(const QJsonObject &object, const QString &name, const QString &path)
    {
        const QJsonValue value = object.value(name);
        if (value.isArray())
            return value.toArray();
        if (value.isUndefined() || value.isNull())
            return {};
        wrongType(path, MessageCodec::tr("a list"), value);
        if (value.isObject() || value.isString())
            return QJsonArray{value};
        return {};
    }

    void checkKnownKeys(const QJsonObject &object, const QString &path, std::initializer_list<QString> known)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                unknownField(jsonpath::field(path, it.key()), false);
        }
    }

    CalendarEvent calendarEvent(const QJsonObject &object, const QString &path)
    {
        CalendarEvent event;
        event.date = text(object, key::date, jsonpath::field(path, key::date));
        event.time = text(object, key::time, jsonpath::field(path, key::time));
        event.title = text(object, key::title, jsonpath::field(path, key::title));
        QString descriptionKey = key::event;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString trimmed = it.key().trimmed();
            // The vendor's own template spells the key "   event".
            if (trimmed == key::event && !object.contains(key::event))
                descriptionKey = it.key();
            else if (trimmed != key::date && trimmed != key::time && trimmed != key::title &&
                     trimmed != key::event)
                unknownField(jsonpath::field(path, it.key()), false);
        }
        event.description = text(object, descriptionKey, jsonpath::field(path, key::event));
        return event;
    }

    QList<DeepLink> deepLinks(const QJsonObject &object, const QString &path)
    {
        QList<DeepLink> links;
        const QJsonArray array = this->array(object, key::deepLinks, path);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = jsonpath::index(path, i);
            if (!array.at(i).isObject()) {
                wrongType(itemPath, MessageCodec::tr("an object"), array.at(i));
                continue;
            }
            const QJsonObject item = array.at(i).toObject();
            DeepLink link;
            link.action = text(item, key::action, jsonpath::field(itemPath, key::action));
            link.packageName = text(item, key::packageName, jsonpath::field(itemPath, key::packageName));
            link.className = text(item, key::className, jsonpath::field(itemPath, key::className));
            checkKnownKeys(item, itemPath, {key::action, key::packageName, key::className});
            links.append(link);
        }
        return links;
    }

    Action action(const QJsonObject &object, const QString &path)
    {
        Action action;
        action.type = number(object, key::actionType, jsonpath::field(path, key::actionType));
        action.label = text(object, key::actionContent, jsonpath::field(path, key::actionContent));
        action.rank = rank(object, key::actionRank, jsonpath::field(path, key::actionRank));

        const QString toPath = jsonpath::field(path, key::actionTo);
        const QJsonValue to = object.value(key::actionTo);
        const bool wantsEvent = action.type == int(ActionType::AddToCalendar);
        if (to.isObject()) {
            if (!wantsEvent && action.type != 0 && isValidActionType(action.type))
                wrongType(toPath, MessageCodec::tr("text"), to);
            action.event = calendarEvent(to.toObject(), toPath);
        } else if (wantsEvent && !to.isUndefined() && !to.isNull()) {
            wrongType(toPath, MessageCodec::tr("an object with date, time, title and event"), to);
            if (to.isString())
                action.target = to.toString();
        } else {
            action.target = text(object, key::actionTo, toPath);
        }

        action.deepLinks = deepLinks(object, jsonpath::field(path, key::deepLinks));
        checkKnownKeys(object, path,
                       {key::actionType, key::actionContent, key::actionRank, key::actionTo, key::deepLinks});
        return action;
    }

    RichMedia richMedia(const QJsonObject &object, const QString &path)
    {
        RichMedia media;
        media.mediaType = number(object, key::mediaType, jsonpath::field(path, key::mediaType));
        media.url = text(object, key::url, jsonpath::field(path, key::url));
        media.displayRatio = text(object, key::displayRatio, jsonpath::field(path, key::displayRatio));
        media.cover = text(object, key::cover, jsonpath::field(path, key::cover));
        checkKnownKeys(object, path, {key::mediaType, key::url, key::displayRatio, key::cover});
        return media;
    }

    QStringList titles(const QJsonObject &object)
    {
        QStringList titles;
        const QJsonArray array = this->array(object, key::title, key::title);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue value = array.at(i);
            if (value.isString()) {
                titles.append(value.toString());
            } else {
                wrongType(jsonpath::index(key::title, i), MessageCodec::tr("text"), value);
                titles.append(value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : QString());
            }
        }
        return titles;
    }

    Message message(const QJsonObject &object)
    {
        Message m;
        m.to = text(object, key::to, key::to);
        m.from = text(object, key::from, key::from);
        m.body = text(object, key::body, key::body);
        m.type = text(object, key::type, key::type);
        m.source = text(object, key::source, key::source);
        m.route = text(object, key::route, key::route);
        m.campaignName = text(object, key::campaignName, key::campaignName);
        m.callbackProfileId = text(object, key::callbackProfileId, key::callbackProfileId);
        m.titles = titles(object);
        m.category = text(object, key::category, key::category);
        m.subCategory = text(object, key::subCategory, key::subCategory);
        m.coreEntity = text(object, key::coreEntity, key::coreEntity);

        const QJsonArray media = array(object, key::richMedia, key::richMedia);
        for (qsizetype i = 0; i < media.size(); ++i) {
            const QString path = jsonpath::index(key::richMedia, i);
            if (media.at(i).isObject())
                m.richMedia.append(richMedia(media.at(i).toObject(), path));
            else
                wrongType(path, MessageCodec::tr("an object"), media.at(i));
        }

        const QJsonArray actions = array(object, key::actions, key::actions);
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString path = jsonpath::index(key::actions, i);
            if (actions.at(i).isObject())
                m.actions.append(action(actions.at(i).toObject(), path));
            else
                wrongType(path, MessageCodec::tr("an object"), actions.at(i));
        }

        static const QStringList known = {key::to,        key::from,     key::body,         key::type,
                                          key::source,    key::route,    key::campaignName, key::callbackProfileId,
                                          key::title,     key::category, key::subCategory,  key::coreEntity,
                                          key::richMedia, key::actions,  key::kid,          key::data};
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                m.unknownFields.insert(it.key(), it.value());
                unknownField(it.key(), true);
            }
        }
        return m;
    }
};

void insertIfNotEmpty(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

QJsonObject actionToJson(const Action &action)
{
    QJsonObject out;
    if (action.type != 0)
        out.insert(key::actionType, action.type);
    out.insert(key::actionContent, action.label);
    out.insert(key::actionRank, action.rank);
    if (action.type == int(ActionType::AddToCalendar)) {
        out.insert(key::actionTo, QJsonObject{{key::date, action.event.date},
                                              {key::time, action.event.time},
                                              {key::title, action.event.title},
                                              {key::event, action.event.description}});
    } else if (action.type == int(ActionType::OpenApp)) {
        QJsonArray links;
        for (const DeepLink &link : action.deepLinks) {
            links.append(QJsonObject{{key::action, link.action},
                                     {key::packageName, link.packageName},
                                     {key::className, link.className}});
        }
        out.insert(key::deepLinks, links);
    } else {
        // Unknown types keep whatever target they were read with.
        if (!action.target.isEmpty() || action.event.isEmpty())
            out.insert(key::actionTo, action.target);
        else
            out.insert(key::actionTo, QJsonObject{{key::date, action.event.date},
                                                  {key::time, action.event.time},
                                                  {key::title, action.event.title},
                                                  {key::event, action.event.description}});
    }
    return out;
}

QString lineAndColumn(const QByteArray &json, qsizetype offset)
{
    const QByteArray before = json.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype lastNewline = before.lastIndexOf('\n');
    const qsizetype column = QString::fromUtf8(before.mid(lastNewline + 1)).size() + 1;
    return MessageCodec::tr("line %1, column %2").arg(line).arg(column);
}

ReadResult unreadable(const QString &error)
{
    ReadResult result;
    result.error = error;
    return result;
}

ReadResult tooLarge(qint64 bytes)
{
    return unreadable(
        MessageCodec::tr("The file is %1 KiB, far larger than a SOIP message (at most %2 KiB, even with "
                         "a hundred thousand recipients), so it is not one.")
            .arg(bytes / 1024)
            .arg(MessageCodec::kMaxInputBytes / 1024));
}

} // namespace

ReadResult MessageCodec::read(const QByteArray &input)
{
    if (input.size() > kMaxInputBytes)
        return tooLarge(input.size());
    QByteArray json = input;
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as Windows editors write
        json.remove(0, 3);
    if (json.trimmed().isEmpty())
        return unreadable(tr("The file is empty."));

    // Qt reports a lone value (42, "text", a word) as an "illegal value"; say what is really wrong.
    qsizetype first = 0;
    while (QChar::isSpace(uchar(json.at(first))))
        ++first;
    if (json.at(first) != '{' && json.at(first) != '[') {
        const QString start = QString::fromUtf8(json.mid(first, 4)).left(1);
        if (start.isEmpty() || !start.at(0).isPrint())
            return unreadable(
                tr("The file is not a text file: a SOIP message is a JSON object, starting with {."));
        return unreadable(
            tr("A SOIP message is a JSON object, starting with {, but this file starts with “%1” (at %2).")
                .arg(start, lineAndColumn(json, first)));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString where = lineAndColumn(json, parseError.offset);
        switch (parseError.error) {
        case QJsonParseError::IllegalUTF8String:
            return unreadable(tr("The file is not valid UTF-8 text (at %1).").arg(where));
        case QJsonParseError::DeepNesting:
            return unreadable(tr("The JSON is nested too deeply to be a SOIP message (at %1).").arg(where));
        default:
            return unreadable(tr("The file is not valid JSON: %1 at %2.").arg(parseError.errorString(), where));
        }
    }
    if (!document.isObject())
        return unreadable(tr("The file holds a JSON %1, but a SOIP message is a JSON object ({ ... }).")
                              .arg(document.isArray() ? tr("array") : tr("value")));
    return fromJson(document.object());
}

ReadResult MessageCodec::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return unreadable(tr("There is no file %1.").arg(path));
    if (info.isDir())
        return unreadable(tr("%1 is a folder, not a file.").arg(path));
    if (info.size() > kMaxInputBytes)
        return tooLarge(info.size());
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(tr("Cannot open %1: %2").arg(path, file.errorString()));
    return read(file.read(kMaxInputBytes + 1));
}

ReadResult MessageCodec::fromJson(const QJsonObject &object)
{
    Reader reader;
    ReadResult result;
    result.readable = true;
    result.message = reader.message(object);
    result.issues = reader.issues;
    return result;
}

QJsonObject MessageCodec::toJson(const Message &m)
{
    QJsonObject out = m.unknownFields;
    // Empty mandatory fields are left out too: the API answers the same for "" and absent, and a
    // response echo (which has no `to`) then round-trips unchanged.
    insertIfNotEmpty(out, key::to, m.to);
    insertIfNotEmpty(out, key::from, m.from);
    insertIfNotEmpty(out, key::body, m.body);
    insertIfNotEmpty(out, key::type, m.type);
    insertIfNotEmpty(out, key::source, m.source);
    insertIfNotEmpty(out, key::route, m.route);
    insertIfNotEmpty(out, key::campaignName, m.campaignName);
    insertIfNotEmpty(out, key::callbackProfileId, m.callbackProfileId);
    if (!m.titles.isEmpty())
        out.insert(key::title, QJsonArray::fromStringList(m.titles));
    insertIfNotEmpty(out, key::category, m.category);
    insertIfNotEmpty(out, key::subCategory, m.subCategory);
    insertIfNotEmpty(out, key::coreEntity, m.coreEntity);
    if (!m.richMedia.isEmpty()) {
        QJsonArray media;
        for (const RichMedia &r : m.richMedia) {
            QJsonObject item;
            if (r.mediaType != 0)
                item.insert(key::mediaType, r.mediaType);
            item.insert(key::url, r.url);
            item.insert(key::displayRatio, r.displayRatio);
            insertIfNotEmpty(item, key::cover, r.cover);
            media.append(item);
        }
        out.insert(key::richMedia, media);
    }
    if (!m.actions.isEmpty()) {
        QJsonArray actions;
        for (const Action &a : m.actions)
            actions.append(actionToJson(a));
        out.insert(key::actions, actions);
    }
    return out;
}

QByteArray MessageCodec::toBytes(const Message &message, QJsonDocument::JsonFormat format)
{
    // Unknown fields can hold any JSON value; only Qt writes those exactly as it reads them.
    if (message.unknownFields.isEmpty())
        return CanonicalWriter::write(message, format == QJsonDocument::Compact);
    return QJsonDocument(toJson(message)).toJson(format);
}

} // namespace soip
