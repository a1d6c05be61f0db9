#include "canonicalwriter.h"

#include "model/messagetype.h"

namespace soip {

QByteArray CanonicalWriter::write(const Message &message, bool compact)
{
    CanonicalWriter writer(compact);
    writer.m_out.reserve(1024);
    writer.writeMessage(message);
    if (!compact)
        writer.m_out += '\n';
    return writer.m_out;
}

void CanonicalWriter::indent(qsizetype depth)
{
    if (!m_compact)
        m_out.append(4 * depth, ' ');
}

// Before any value: the separator from the previous element and, in an array, the indentation
// (in an object, key() wrote both already).
void CanonicalWriter::startValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_hasItems.isEmpty())
        return;
    m_out += m_hasItems.last() ? (m_compact ? "," : ",\n") : "";
    m_hasItems.last() = true;
    indent(m_hasItems.size());
}

void CanonicalWriter::beginObject()
{
    startValue();
    m_out += m_compact ? "{" : "{\n";
    m_hasItems.append(false);
}

void CanonicalWriter::beginArray()
{
    startValue();
    m_out += m_compact ? "[" : "[\n";
    m_hasItems.append(false);
}

void CanonicalWriter::end(char bracket)
{
    if (m_hasItems.takeLast() && !m_compact)
        m_out += '\n';
    indent(m_hasItems.size());
    m_out += bracket;
}

void CanonicalWriter::key(ApiField field)
{
    startValue();
    m_out += '"';
    m_out.append(ApiFields::keyBytes(field));
    m_out += m_compact ? "\":" : "\": ";
    m_afterKey = true;
}

void CanonicalWriter::string(const QString &value)
{
    startValue();
    m_out += '"';
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype plainFrom = 0;
    const auto flushPlain = [&](qsizetype to) {
        if (to > plainFrom)
            m_out += QStringView(value).mid(plainFrom, to - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
            ++i; // a pair: one character, written as UTF-8
            continue;
        }
        const bool loneSurrogate = QChar::isSurrogate(c);
        if (c >= 0x20 && c != u'"' && c != u'\\' && !loneSurrogate)
            continue;
        flushPlain(i);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_out += "\\\"";
            break;
        case u'\\':
            m_out += "\\\\";
            break;
        case u'\b':
            m_out += "\\b";
            break;
        case u'\f':
            m_out += "\\f";
            break;
        case u'\n':
            m_out += "\\n";
            break;
        case u'\r':
            m_out += "\\r";
            break;
        case u'\t':
            m_out += "\\t";
            break;
        default: // other control characters, and a lone surrogate (which UTF-8 cannot hold)
            m_out += "\\u";
            m_out += hex[(c >> 12) & 0xF];
            m_out += hex[(c >> 8) & 0xF];
            m_out += hex[(c >> 4) & 0xF];
            m_out += hex[c & 0xF];
        }
    }
    flushPlain(value.size());
    m_out += '"';
}

void CanonicalWriter::number(int value)
{
    startValue();
    m_out += QByteArray::number(value);
}

void CanonicalWriter::member(ApiField field, const QString &value)
{
    key(field);
    string(value);
}

void CanonicalWriter::memberIfNotEmpty(ApiField field, const QString &value)
{
    if (!value.isEmpty())
        member(field, value);
}

// Keys in QJsonObject's (sorted) order; which fields appear follows MessageCodec::toJson.
void CanonicalWriter::writeMessage(const Message &m)
{
    beginObject();
    if (!m.actions.isEmpty()) {
        key(ApiField::Actions);
        beginArray();
        for (const Action &action : m.actions)
            writeAction(action);
        end(']');
    }
    memberIfNotEmpty(ApiField::Body, m.body);
    memberIfNotEmpty(ApiField::CallbackProfileId, m.callbackProfileId);
    memberIfNotEmpty(ApiField::CampaignName, m.campaignName);
    memberIfNotEmpty(ApiField::Category, m.category);
    memberIfNotEmpty(ApiField::CoreEntity, m.coreEntity);
    memberIfNotEmpty(ApiField::From, m.from);
    if (!m.richMedia.isEmpty()) {
        key(ApiField::RichMedia);
        beginArray();
        for (const RichMedia &media : m.richMedia) {
            beginObject();
            memberIfNotEmpty(ApiField::Cover, media.cover);
            member(ApiField::DisplayRatio, media.displayRatio);
            if (media.mediaType != 0) {
                key(ApiField::MediaType);
                number(media.mediaType);
            }
            member(ApiField::Url, media.url);
            end('}');
        }
        end(']');
    }
    memberIfNotEmpty(ApiField::Route, m.route);
    memberIfNotEmpty(ApiField::Source, m.source);
    memberIfNotEmpty(ApiField::SubCategory, m.subCategory);
    if (!m.titles.isEmpty()) {
        key(ApiField::Title);
        beginArray();
        for (const QString &title : m.titles)
            string(title);
        end(']');
    }
    memberIfNotEmpty(ApiField::To, m.to);
    memberIfNotEmpty(ApiField::Type, m.type);
    end('}');
}

void CanonicalWriter::writeEvent(const CalendarEvent &event)
{
    beginObject();
    member(ApiField::EventDate, event.date);
    member(ApiField::EventDescription, event.description);
    member(ApiField::EventTime, event.time);
    member(ApiField::EventTitle, event.title);
    end('}');
}

void CanonicalWriter::writeAction(const Action &action)
{
    beginObject();
    member(ApiField::ActionContent, action.label);
    member(ApiField::ActionRank, action.rank);
    if (action.type == int(ActionType::AddToCalendar)) {
        key(ApiField::ActionTo);
        writeEvent(action.event);
    } else if (action.type != int(ActionType::OpenApp)) {
        key(ApiField::ActionTo);
        // Unknown types keep whatever target they were read with.
        if (!action.target.isEmpty() || action.event.isEmpty())
            string(action.target);
        else
            writeEvent(action.event);
    }
    if (action.type != 0) {
        key(ApiField::ActionType);
        number(action.type);
    }
    if (action.type == int(ActionType::OpenApp)) {
        key(ApiField::DeepLinks);
        beginArray();
        for (const DeepLink &link : action.deepLinks) {
            beginObject();
            member(ApiField::DeepLinkAction, link.action);
            member(ApiField::ClassName, link.className);
            member(ApiField::PackageName, link.packageName);
            end('}');
        }
        end(']');
    }
    end('}');
}

} // namespace soip
