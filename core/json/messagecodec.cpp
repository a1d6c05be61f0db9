#include "messagecodec.h"

#include "apikeys.h"
#include "canonicalwriter.h"
#include "inputfile.h"
#include "jsontext.h"
#include "messagereader.h"

#include <QJsonArray>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

namespace soip {

namespace {

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
    const QByteArray json = JsonText::withoutByteOrderMark(input);
    // JSON's own four whitespace bytes, not QChar::isSpace(), which is also true for Latin-1 0x85
    // and 0xA0: those are not JSON whitespace, and counting them as such ran past the buffer.
    const auto isJsonSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const qsizetype first = std::find_if_not(json.cbegin(), json.cend(), isJsonSpace) - json.cbegin();
    if (first == json.size())
        return unreadable(tr("The file is empty."));

    // Qt reports a lone value (42, "text", a word) as an "illegal value"; say what is really wrong.
    if (json.at(first) != '{' && json.at(first) != '[') {
        const QString start = QString::fromUtf8(json.mid(first, 4)).left(1);
        if (start.isEmpty() || !start.at(0).isPrint() || start.at(0) == QChar::ReplacementCharacter)
            return unreadable(
                tr("The file is not a text file: a SOIP message is a JSON object, starting with {."));
        return unreadable(
            tr("A SOIP message is a JSON object, starting with {, but this file starts with “%1” (at %2).")
                .arg(start, lineAndColumn(json, first)));
    }

    QJsonParseError parseError;
    const QJsonDocument document = JsonText::parse(json, &parseError);
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
    const InputFile::Result file = InputFile::read(path, kMaxInputBytes);
    if (file.tooLarge)
        return tooLarge(file.size);
    if (!file.ok)
        return unreadable(file.error);
    return read(file.bytes);
}

ReadResult MessageCodec::fromJson(const QJsonObject &object)
{
    MessageReader::Result read = MessageReader::read(object);
    if (!read.refusal.isEmpty())
        return unreadable(read.refusal);
    ReadResult result;
    result.readable = true;
    result.message = std::move(read.message);
    result.issues = std::move(read.issues);
    result.droppedEntries = std::move(read.droppedEntries);
    return result;
}

QString MessageCodec::writeProblem(const QByteArray &written)
{
    if (written.size() <= kMaxInputBytes)
        return {};
    return tr("Written out, the message would be %1 KiB, more than the %2 KiB a SOIP message file can be, "
              "so it could not be opened again; it is not written.")
        .arg(written.size() / 1024)
        .arg(kMaxInputBytes / 1024);
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
