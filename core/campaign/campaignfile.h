#pragma once

#include "recipientsource.h"
#include "json/messagecodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace soip {

// A campaign saved by the app: the template (the API payload of the message, without `to`), the
// spreadsheet it goes to (its path, also relative to the campaign file so that the two can be moved
// together, and its checksum) and the settings. JSON with a marker key, so it is never mistaken for
// a draft, which stays the exact API payload.
struct CampaignFile {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignFile)

public:
    static constexpr int kVersion = 1;
    static QString extension() { return QStringLiteral("soipcampaign"); }

    QString name;
    ReadResult templateRead; // the template as the codec read it, with its issues
    RecipientSource recipients;
    QJsonObject settings; // batch, rate, concurrency: as the campaign run understands them
    QString error;        // set when the bytes are not a campaign file this version can read

    // `campaignPath` is where the file goes, for the spreadsheet's relative path.
    static QByteArray encode(const Message &templateMessage, const RecipientSource &recipients,
                             const QString &campaignPath, const QString &name = {},
                             const QJsonObject &settings = {});
    static CampaignFile decode(const QByteArray &bytes, const QString &campaignPath);
    // Whether `bytes` look like a campaign file (its marker key), not a draft.
    static bool isCampaign(const QByteArray &bytes);
};

} // namespace soip
