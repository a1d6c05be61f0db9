#include "campaignfile.h"

#include "json/jsontext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace soip {

namespace {

const QString kMarker = QStringLiteral("soip_campaign");
const QString kName = QStringLiteral("name");
const QString kTemplate = QStringLiteral("template");
const QString kRecipients = QStringLiteral("recipients");
const QString kSettings = QStringLiteral("settings");
} // namespace

QByteArray CampaignFile::encode(const Message &templateMessage, const RecipientSource &recipients,
                                const QString &campaignPath, const QString &name, const QJsonObject &settings)
{
    Message withoutRecipients = templateMessage.withOnlyFieldsOfType();
    withoutRecipients.to.clear(); // each row brings its number
    QJsonObject root{{kMarker, kVersion},
                     {kTemplate, MessageCodec::toJson(withoutRecipients)},
                     {kRecipients, recipients.toJson(campaignPath)}};
    if (!name.isEmpty())
        root.insert(kName, name);
    if (!settings.isEmpty())
        root.insert(kSettings, settings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CampaignFile::isCampaign(const QByteArray &bytes)
{
    const QJsonDocument document = JsonText::parse(bytes);
    return document.isObject() && document.object().contains(kMarker);
}

CampaignFile CampaignFile::decode(const QByteArray &bytes, const QString &campaignPath)
{
    CampaignFile file;
    QJsonParseError parseError;
    const QJsonDocument document = JsonText::parse(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        file.error = tr("The campaign file is not valid JSON: %1 (at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return file;
    }
    const QJsonObject root = document.object();
    const int version = root.value(kMarker).toInt(0);
    if (version < 1) {
        file.error = tr("This is not a campaign file.");
        return file;
    }
    if (version > kVersion) {
        file.error = tr("The campaign file was written by a newer version of SOIP Composer (format %1); this "
                        "version reads format %2.")
                         .arg(version)
                         .arg(kVersion);
        return file;
    }
    if (!root.value(kTemplate).isObject()) {
        file.error = tr("The campaign file has no message template.");
        return file;
    }
    file.recipients = RecipientSource::fromJson(root.value(kRecipients).toObject(), campaignPath);
    if (file.recipients.isEmpty()) {
        file.error = tr("The campaign file does not say which spreadsheet holds the recipients.");
        return file;
    }
    file.templateRead = MessageCodec::fromJson(root.value(kTemplate).toObject());
    file.name = root.value(kName).toString();
    file.settings = root.value(kSettings).toObject();
    return file;
}

} // namespace soip
