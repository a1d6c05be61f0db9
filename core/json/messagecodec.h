#pragma once

#include "model/message.h"
#include "validation/issue.h"

#include <QByteArray>
#include <QCoreApplication>
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

    static ReadResult read(const QByteArray &json);
    static ReadResult readFile(const QString &path);
    static ReadResult fromJson(const QJsonObject &object);

    static QJsonObject toJson(const Message &message);
    static QByteArray toBytes(const Message &message, QJsonDocument::JsonFormat format = QJsonDocument::Indented);
};

} // namespace soip
