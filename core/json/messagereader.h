#pragma once

#include "model/message.h"
#include "validation/issue.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace soip {

// The tolerant half of MessageCodec: turns a JSON object into a Message, with an issue for each
// value of the wrong JSON type. Private to core/json: use MessageCodec::fromJson().
class MessageReader final {
public:
    struct Result {
        Message message;
        QList<Issue> issues;
        QHash<QString, QList<qsizetype>> droppedEntries; // see ReadResult::droppedEntries
        QString refusal; // not empty when the object cannot be a message at all (why)
    };

    static Result read(const QJsonObject &object);
};

} // namespace soip
