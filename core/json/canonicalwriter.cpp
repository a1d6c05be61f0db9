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

void CanonicalWriter::key(const char *name)
{
    startValue();
    m_out += '"';
    m_out += name;
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

void CanonicalWriter::member(const char *name, const QString &value)
{
    key(name);
    string(value);
}

void CanonicalWriter::memberIfNotEmpty(const char *name, const QString &value)
{
    if (!value.isEmpty())
        member(name, value);
}

// Keys in QJsonObject's (sorted) order; which fields appear follows MessageCodec::toJson.
void CanonicalWriter::writeMessage(const Message &m)
{
    beginObject();
    if (!m.actions.isEmpty()) {
        key("actions");
        beginArray();
        for (const Action &action : m.actions)
            writeAction(action);
        end(']');
    }
    memberIfNotEmpty("body", m.body);
    memberIfNotEmpty("callback_profile_id", m.callbackProfileId);
    memberIfNotEmpty("campaign_name", m.campaignName);
    memberIfNotEmpty("category", m.category);
    memberIfNotEmpty("core_entity", m.coreEntity);
    memberIfNotEmpty("from", m.from);
    if (!m.richMedia.isEmpty()) {
        key("rich_media");
        beginArray();
        for (const RichMedia &media : m.richMedia) {
            beginObject();
            memberIfNotEmpty("cover", media.cover);
            member("display_ratio", media.displayRatio);
            if (media.mediaType != 0) {
                key("media_type");
                number(media.mediaType);
            }
            member("url", media.url);
            end('}');
        }
        end(']');
    }
    memberIfNotEmpty("route", m.route);
    memberIfNotEmpty("source", m.source);
    memberIfNotEmpty("sub_category", m.subCategory);
    if (!m.titles.isEmpty()) {
        key("title");
        beginArray();
        for (const QString &title : m.titles)
            string(title);
        end(']');
    }
    memberIfNotEmpty("to", m.to);
    memberIfNotEmpty("type", m.type);
    end('}');
}

void CanonicalWriter::writeEvent(const CalendarEvent &event)
{
    beginObject();
    member("date", event.date);
    member("event", event.description);
    member("time", event.time);
    member("title", event.title);
    end('}');
}

void CanonicalWriter::writeAction(const Action &action)
{
    beginObject();
    member("action_content", action.label);
    member("action_rank", action.rank);
    if (action.type == int(ActionType::AddToCalendar)) {
        key("action_to");
        writeEvent(action.event);
    } else if (action.type != int(ActionType::OpenApp)) {
        key("action_to");
        // Unknown types keep whatever target they were read with.
        if (!action.target.isEmpty() || action.event.isEmpty())
            string(action.target);
        else
            writeEvent(action.event);
    }
    if (action.type != 0) {
        key("action_type");
        number(action.type);
    }
    if (action.type == int(ActionType::OpenApp)) {
        key("deep_links");
        beginArray();
        for (const DeepLink &link : action.deepLinks) {
            beginObject();
            member("action", link.action);
            member("className", link.className);
            member("packageName", link.packageName);
            end('}');
        }
        end(']');
    }
    end('}');
}

} // namespace soip
