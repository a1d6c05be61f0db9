#pragma once

#include "model/message.h"
#include "json/messagecodec.h"

#include <QCoreApplication>
#include <QString>

namespace soip {

// A draft on disk is the canonical API payload for the message's type, so a saved draft can be sent
// as it is with curl or `soip send`. Reading goes through the codec (which reports unreadable files
// with line and column, and wrong JSON types as issues).
class DraftFile final {
    Q_DECLARE_TR_FUNCTIONS(soip::DraftFile)

public:
    static QByteArray payload(const Message &message);
    // Written atomically: the old file stays intact if anything goes wrong.
    static bool save(const Message &message, const QString &path, QString *error);
    static ReadResult open(const QString &path);
};

} // namespace soip
