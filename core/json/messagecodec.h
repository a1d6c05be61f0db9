#pragma once

#include "model/message.h"
#include "validation/issue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace soip {

// What reading a draft or an API payload gives.
struct ReadResult {
    // False when the input is not a SOIP message at all: unreadable, empty, too large, not JSON or
    // not a JSON object. `error` then says why (with line and column for a JSON syntax error).
    bool readable = false;
    QString error;

    Message message;
    // Fields of the wrong JSON type (and unknown fields). Each is an Issue on that field's path; the
    // value is still kept in `message` where it can be (a number given for `to` becomes text).
    QList<Issue> issues;
    // Array entries that are not objects (`"actions": [5, {...}]`) are reported and left out of
    // `message`; this says which, so later issues can name an entry by its place in the file:
    // array path in the file ("actions[3].deep_links") -> indices left out, in increasing order.
    QHash<QString, QList<qsizetype>> droppedEntries;
};

// The only code that knows the API's field names. Reads tolerantly (as the reference's "Notes on
// the contract" say: numeric strings for media_type/action_type, a number for action_rank, the
// vendor's stray "   event" key, a response echo's `kid`/`data` and null `rich_media`/`actions`) and
// writes the canonical API JSON: exact names and JSON types, empty optional fields left out.
class MessageCodec final {
    Q_DECLARE_TR_FUNCTIONS(soip::MessageCodec)

public:
    // A SOIP request is a few kilobytes, or about 1.6 MB with 100,000 recipients; refusing far
    // larger input keeps a wrong file from freezing the app.
    static constexpr qint64 kMaxInputBytes = 4 * 1024 * 1024;
    // A card has at most four titles and four buttons; a list far longer than any message has is
    // refused as a whole rather than read into memory and reported entry by entry.
    static constexpr qsizetype kMaxArrayEntries = 100'000;

    static ReadResult read(const QByteArray &json);
    static ReadResult readFile(const QString &path);
    static ReadResult fromJson(const QJsonObject &object);

    // Why bytes written for a message must not be saved: they would be larger than read() accepts
    // (a file of a million empty buttons, written indented, grows tenfold). Empty when they can.
    static QString writeProblem(const QByteArray &written);

    static QJsonObject toJson(const Message &message);
    static QByteArray toBytes(const Message &message, QJsonDocument::JsonFormat format = QJsonDocument::Indented);
};

} // namespace soip
