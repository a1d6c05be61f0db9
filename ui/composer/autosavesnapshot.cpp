#include "autosavesnapshot.h"

#include "json/jsontext.h"
#include "json/messagecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace soip {

namespace {

// Envelope keys; the message itself is written by the codec.
const QString kFormatKey = QStringLiteral("soipAutosave");
const QString kMessageKey = QStringLiteral("message");
const QString kFilePathKey = QStringLiteral("filePath");
const QString kModifiedKey = QStringLiteral("modified");
const QString kSavedAtKey = QStringLiteral("savedAt");
const QString kRecipientsKey = QStringLiteral("recipients");
const QString kRecipientsTextKey = QStringLiteral("recipientsText");
// The codec writes only the target of a button's current type. To keep the targets of the other
// types, the message is also written once with every button switched to each kind of target.
const QString kAsLinkKey = QStringLiteral("buttonsAsLink");
const QString kAsCalendarKey = QStringLiteral("buttonsAsCalendar");
const QString kAsAppKey = QStringLiteral("buttonsAsApp");
// What each button had typed for its other one-line types: [{"5": "+91…"}, …], by button.
const QString kOtherTargetsKey = QStringLiteral("otherTargets");
constexpr int kFormatVersion = 1;

QJsonArray otherTargetsToJson(const QList<Action> &actions)
{
    QJsonArray list;
    for (const Action &action : actions) {
        QJsonObject targets;
        for (auto it = action.otherTargets.cbegin(); it != action.otherTargets.cend(); ++it)
            targets.insert(QString::number(it.key()), it.value());
        list.append(targets);
    }
    return list;
}

void readOtherTargets(const QJsonValue &value, QList<Action> &actions)
{
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < actions.size() && i < list.size(); ++i) {
        const QJsonObject targets = list.at(i).toObject();
        for (auto it = targets.constBegin(); it != targets.constEnd(); ++it) {
            bool ok = false;
            const int type = it.key().toInt(&ok);
            if (ok && it.value().isString() && type != actions.at(i).type)
                actions[i].otherTargets.insert(type, it.value().toString());
        }
    }
}

QJsonObject withEveryButtonAs(Message message, ActionType type)
{
    for (Action &action : message.actions)
        action.type = int(type);
    return MessageCodec::toJson(message);
}

std::optional<Message> readVariant(const QJsonObject &envelope, const QString &key)
{
    if (!envelope.value(key).isObject())
        return std::nullopt;
    const ReadResult read = MessageCodec::fromJson(envelope.value(key).toObject());
    if (!read.readable)
        return std::nullopt;
    return read.message;
}

} // namespace

QByteArray AutosaveSnapshot::encode() const
{
    QJsonObject envelope;
    envelope.insert(kFormatKey, kFormatVersion);
    envelope.insert(kMessageKey, MessageCodec::toJson(message));
    envelope.insert(kAsLinkKey, withEveryButtonAs(message, ActionType::OpenLink));
    envelope.insert(kAsCalendarKey, withEveryButtonAs(message, ActionType::AddToCalendar));
    envelope.insert(kAsAppKey, withEveryButtonAs(message, ActionType::OpenApp));
    envelope.insert(kOtherTargetsKey, otherTargetsToJson(message.actions));
    if (!recipients.isEmpty())
        envelope.insert(kRecipientsKey, recipients.toJson());
    // Past what the codec reads it is left out: the restore then shows the numbers normalised.
    if (!recipientsText.isEmpty() && recipientsText.toUtf8().size() <= MessageCodec::kMaxInputBytes)
        envelope.insert(kRecipientsTextKey, recipientsText);
    envelope.insert(kFilePathKey, filePath);
    envelope.insert(kModifiedKey, modified);
    envelope.insert(kSavedAtKey, savedAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

std::optional<AutosaveSnapshot> AutosaveSnapshot::decode(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = JsonText::parse(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject envelope = document.object();
    if (envelope.value(kFormatKey).toInt() != kFormatVersion || !envelope.value(kMessageKey).isObject())
        return std::nullopt;

    const ReadResult read = MessageCodec::fromJson(envelope.value(kMessageKey).toObject());
    if (!read.readable)
        return std::nullopt;
    AutosaveSnapshot snapshot;
    snapshot.message = read.message;
    const std::optional<Message> asLink = readVariant(envelope, kAsLinkKey);
    const std::optional<Message> asCalendar = readVariant(envelope, kAsCalendarKey);
    const std::optional<Message> asApp = readVariant(envelope, kAsAppKey);
    for (qsizetype i = 0; i < snapshot.message.actions.size(); ++i) {
        Action &action = snapshot.message.actions[i];
        if (asLink && i < asLink->actions.size())
            action.target = asLink->actions.at(i).target;
        if (asCalendar && i < asCalendar->actions.size())
            action.event = asCalendar->actions.at(i).event;
        if (asApp && i < asApp->actions.size())
            action.deepLinks = asApp->actions.at(i).deepLinks;
    }
    readOtherTargets(envelope.value(kOtherTargetsKey), snapshot.message.actions);
    snapshot.recipients = RecipientSource::fromJson(envelope.value(kRecipientsKey).toObject());
    snapshot.recipientsText = envelope.value(kRecipientsTextKey).toString();
    snapshot.filePath = envelope.value(kFilePathKey).toString();
    snapshot.modified = envelope.value(kModifiedKey).toBool();
    snapshot.savedAt = QDateTime::fromString(envelope.value(kSavedAtKey).toString(), Qt::ISODateWithMs);
    return snapshot;
}

} // namespace soip
