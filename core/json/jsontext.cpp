#include "jsontext.h"

#include <QList>

namespace soip {

namespace {

constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";
constexpr qsizetype kMarkBytes = 3;
constexpr char kEscapedMark[] = "\\ufeff";
constexpr qsizetype kEscapedBytes = 6;

} // namespace

QByteArray JsonText::withoutByteOrderMark(const QByteArray &json)
{
    return json.startsWith(kByteOrderMark) ? json.mid(kMarkBytes) : json;
}

QJsonDocument JsonText::parse(const QByteArray &given, QJsonParseError *error)
{
    const QByteArray json = withoutByteOrderMark(given);
    // The bytes EF BB BF are only ever that one character in UTF-8, so each can be rewritten in
    // place; outside a string it is not JSON either way.
    QByteArray escaped;
    QList<qsizetype> escapes; // where each \ufeff starts in `escaped`
    qsizetype from = 0;
    for (qsizetype found = json.indexOf(kByteOrderMark); found >= 0; found = json.indexOf(kByteOrderMark, from)) {
        escaped.append(json.constData() + from, found - from);
        escapes.append(escaped.size());
        escaped.append(kEscapedMark, kEscapedBytes);
        from = found + kMarkBytes;
    }
    if (!escapes.isEmpty())
        escaped.append(json.constData() + from, json.size() - from);

    const QJsonDocument document = QJsonDocument::fromJson(escapes.isEmpty() ? json : escaped, error);
    if (error != nullptr && error->error != QJsonParseError::NoError) {
        // Back to the bytes as given: each \ufeff before the error is three bytes longer than the
        // character it stands for, and an error inside one is at that character.
        qsizetype offset = error->offset;
        for (const qsizetype at : std::as_const(escapes)) {
            if (at >= error->offset)
                break;
            const qsizetype into = error->offset - at;
            offset -= into >= kEscapedBytes ? kEscapedBytes - kMarkBytes : into;
        }
        error->offset = static_cast<int>(offset + given.size() - json.size());
    }
    return document;
}

} // namespace soip
