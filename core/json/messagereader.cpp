#include "messagereader.h"

#include "apikeys.h"
#include "jsonpath.h"
#include "messagecodec.h"
#include "validation/issuecollector.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace soip {

namespace {

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

// A number kept as text: the shortest form that reads back as the same number ("0.1", not
// "0.10000000000000001"), so writing the message back does not make it longer than it was.
QString numberAsText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// The vendor rejects a field of the wrong JSON type with that field's own code where it has one
// (the field table); SOIP-JSON-TYPE is for the fields it has none for.
QString wrongTypeCode(const QString &path)
{
    const std::optional<JsonPath> parsed = JsonPath::parse(path);
    const QString code = parsed ? ApiFields::wrongTypeCode(*parsed) : QString();
    return code.isEmpty() ? kWrongTypeCode : code;
}

// Reads one object, collecting an issue for each value of the wrong JSON type.
class Reader {
public:
    IssueCollector issues;
    QHash<QString, QList<qsizetype>> dropped; // see ReadResult::droppedEntries
    QString refusal;                          // set when the input cannot be a message at all

    void wrongType(const QString &path, const QString &expected, const QJsonValue &got)
    {
        issues.error(
            wrongTypeCode(path), path,
            MessageCodec::tr("This field must be %1, but the file has %2 here.").arg(expected, describe(got)));
    }

    // An array entry that is not an object: reported and left out of the message.
    void drop(const QString &arrayPath, qsizetype index, const QJsonValue &value)
    {
        wrongType(jsonpath::index(arrayPath, index), MessageCodec::tr("an object"), value);
        dropped[arrayPath].append(index);
    }

    void unknownField(const QString &path, bool kept)
    {
        issues.warning(
            kUnknownFieldCode, path,
            kept ? MessageCodec::tr("This field is not part of the SOIP API. It is kept and sent as it is.")
                 : MessageCodec::tr("This field is not part of the SOIP API and is ignored."));
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
            return numberAsText(value.toDouble());
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
        if (value.isArray()) {
            QJsonArray array = value.toArray();
            if (array.size() <= MessageCodec::kMaxArrayEntries)
                return array;
            if (refusal.isEmpty()) {
                refusal = MessageCodec::tr("“%1” has %n entries, far more than a SOIP message has (a card has at "
                                           "most four titles and four buttons), so the file is not one.",
                                           nullptr, static_cast<int>(array.size()))
                              .arg(path);
            }
            return {};
        }
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
                drop(path, i, array.at(i));
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
                titles.append(value.isDouble() ? numberAsText(value.toDouble()) : QString());
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
                drop(key::richMedia, i, media.at(i));
        }

        const QJsonArray actions = array(object, key::actions, key::actions);
        for (qsizetype i = 0; i < actions.size(); ++i) {
            const QString path = jsonpath::index(key::actions, i);
            if (actions.at(i).isObject())
                m.actions.append(action(actions.at(i).toObject(), path));
            else
                drop(key::actions, i, actions.at(i));
        }

        static const QStringList known = {key::to,        key::from,     key::body,         key::type,
                                          key::source,    key::route,    key::campaignName, key::callbackProfileId,
                                          key::title,     key::category, key::subCategory,  key::coreEntity,
                                          key::richMedia, key::actions,  key::kid,          key::data};
        // Removing the few known keys from a copy, not inserting each unknown one: an insert
        // into a QJsonObject moves its later entries, so a file of many keys would cost n².
        m.unknownFields = object;
        for (const QString &name : known)
            m.unknownFields.remove(name);
        for (auto it = m.unknownFields.constBegin(); it != m.unknownFields.constEnd(); ++it)
            unknownField(it.key(), true);
        return m;
    }
};

// A key that starts with U+FEFF is no API field, and Qt 6.4 mishandles it: parsed from its raw
// bytes it is listed as "to" but not found by that name, and sorted where the original sorts, so
// what Qt then writes reads back as another message (a "\uFEFFto" written out is read as a second
// "to"). JsonText now hands such keys over whole, and the rule stays for an object made any other
// way: such a key is left out, named in `hidden`, and the object is
// rebuilt from the other keys as listed. Found by fuzz_draft (with one U+FEFF, then two, then
// inside a field the API does not know, which is kept and sent as it is).
bool isHiddenKey(const QJsonObject &object, const QString &listed, const QJsonValue &value)
{
    return listed.startsWith(QChar(0xFEFF)) || !object.contains(listed) || object.value(listed) != value;
}

bool keysAsListed(const QJsonObject &object)
{
    QString previous;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if ((it != object.constBegin() && !(previous < it.key())) || isHiddenKey(object, it.key(), it.value()))
            return false;
        previous = it.key();
    }
    return true;
}

// Whether every object at any depth lists its keys as stored: a field the API does not know is
// kept and sent as it is, so a hidden key inside it would be written out changed too.
bool keysAsListedEverywhere(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (!keysAsListed(object))
            return false;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!keysAsListedEverywhere(it.value()))
                return false;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (!keysAsListedEverywhere(item))
                return false;
        }
    }
    return true;
}

// Rebuilds the value with every hidden key left out, naming each by its path in `hidden`.
QJsonValue withKeysAsListed(const QJsonValue &value, const QString &path, QStringList *hidden)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QJsonArray rebuilt;
        for (qsizetype i = 0; i < array.size(); ++i)
            rebuilt.append(withKeysAsListed(array.at(i), jsonpath::index(path, i), hidden));
        return rebuilt;
    }
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    QJsonObject rebuilt;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (rebuilt.contains(it.key()) || isHiddenKey(object, it.key(), it.value()))
            hidden->append(jsonpath::field(path, it.key()));
        else
            rebuilt.insert(it.key(), withKeysAsListed(it.value(), jsonpath::field(path, it.key()), hidden));
    }
    return rebuilt;
}

} // namespace

MessageReader::Result MessageReader::read(const QJsonObject &input)
{
    QStringList hidden;
    const QJsonObject object =
        keysAsListedEverywhere(input) ? input : withKeysAsListed(input, QString(), &hidden).toObject();
    Reader reader;
    for (const QString &key : std::as_const(hidden))
        reader.issues.warning(kUnknownFieldCode, key,
                              MessageCodec::tr("This field's name starts with an invisible character (U+FEFF), so "
                                               "it is not part of the SOIP API and is left out."));
    Result result;
    result.message = reader.message(object);
    result.issues = reader.issues.take();
    result.droppedEntries = std::move(reader.dropped);
    result.refusal = std::move(reader.refusal);
    return result;
}

} // namespace soip
