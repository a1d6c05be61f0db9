#pragma once

#include "campaign/recipientsource.h"
#include "model/message.h"
#include "json/messagecodec.h"

#include <QCoreApplication>
#include <QString>

namespace soip {

// The files a draft lives in. A plain draft on disk is the canonical API payload for the message's
// type, so it can be sent as it is with curl or `soip send`. A campaign (a draft with a spreadsheet
// of recipients) is a campaign file of its own (CampaignFile: the template payload, the
// spreadsheet's path and checksum); "Export template" writes its payload alone. Reading goes
// through the codec (which reports unreadable files with line and column, and wrong JSON types as
// issues). Every write is atomic: the old file stays intact if anything goes wrong.
class DraftFile final {
    Q_DECLARE_TR_FUNCTIONS(soip::DraftFile)

public:
    struct Opened {
        ReadResult read;
        RecipientSource recipients; // empty for a plain draft
    };

    static QByteArray payload(const Message &message);
    // A campaign file when `recipients` is set, else the payload.
    static bool save(const Message &message, const RecipientSource &recipients, const QString &path,
                     QString *error);
    static bool save(const Message &message, const QString &path, QString *error)
    {
        return save(message, {}, path, error);
    }
    static Opened open(const QString &path);
    static bool isCampaignPath(const QString &path);

private:
    static bool write(const QByteArray &bytes, const QString &path, QString *error);
};

} // namespace soip
