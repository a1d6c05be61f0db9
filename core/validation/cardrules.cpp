#include "model/apifield.h"
#include "model/messagetype.h"
#include "rules.h"
#include "validator.h"
#include "webaddress.h"
#include "json/jsonpath.h"

namespace soip::rules {

namespace {

void checkTitles(const Message &message, Findings &findings)
{
    const QString path = ApiFields::key(ApiField::Title);
    const qsizetype count = message.titles.size();
    if (count == 0) {
        findings.error(QStringLiteral("E761"), path,
                       message.kind() == MessageKind::CallToAction
                           ? Validator::tr("A call-to-action card (CTA) needs a title: add one to four titles.")
                           : Validator::tr("A rich media card (RMC) needs a title: add one to four titles."));
        return;
    }
    if (count > kMaxTitles) {
        findings.error(
            QStringLiteral("E761"), path,
            Validator::tr("There are %1 titles; a card can have at most %2.").arg(count).arg(kMaxTitles));
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (isBlank(message.titles.at(i))) {
            findings.error(QStringLiteral("INV-TITLE"), jsonpath::index(path, i),
                           Validator::tr("Title %1 is empty: write it or remove it.").arg(i + 1));
        }
    }
}

void checkMedia(const RichMedia &media, const QString &path, Findings &findings)
{
    const QString typePath = jsonpath::field(path, ApiFields::key(ApiField::MediaType));
    if (media.mediaType == 0) {
        findings.error(QStringLiteral("INV-MEDIA-TYPE"), typePath,
                       Validator::tr("The media type is missing: use 1 for an image or 2 for a video."));
    } else if (!isValidMediaType(media.mediaType)) {
        findings.error(
            QStringLiteral("INV-MEDIA-TYPE"), typePath,
            Validator::tr("%1 is not a media type: use 1 for an image or 2 for a video.").arg(media.mediaType));
    }

    const QString urlPath = jsonpath::field(path, ApiFields::key(ApiField::Url));
    if (isBlank(media.url)) {
        findings.error(QStringLiteral("INV-MEDIA-URL"), urlPath,
                       Validator::tr("The web address of the image or video is missing."));
    } else if (const QString problem = WebAddress::problem(media.url); !problem.isEmpty()) {
        findings.error(QStringLiteral("INV-MEDIA-URL"), urlPath, problem);
    }

    const QString ratioPath = jsonpath::field(path, ApiFields::key(ApiField::DisplayRatio));
    const bool isVideo = media.mediaType == int(MediaType::Video);
    if (isBlank(media.displayRatio)) {
        findings.error(QStringLiteral("INV-MEDIA-DISPLAY-RATIO"), ratioPath,
                       isVideo ? Validator::tr("The display ratio is missing: a video must be shown tall.")
                               : Validator::tr("The display ratio is missing: use normal or tall."));
    } else if (media.displayRatio != kDisplayRatioNormal && media.displayRatio != kDisplayRatioTall) {
        findings.error(QStringLiteral("INV-MEDIA-DISPLAY-RATIO"), ratioPath,
                       Validator::tr("“%1” is not a display ratio: use normal or tall, in small letters.")
                           .arg(media.displayRatio));
    } else if (isVideo && media.displayRatio != kDisplayRatioTall) {
        findings.error(QStringLiteral("INV-MEDIA-DISPLAY-RATIO"), ratioPath,
                       Validator::tr("A video can only be shown tall: change the display ratio to tall."));
    }

    if (!media.cover.isEmpty()) {
        const QString coverPath = jsonpath::field(path, ApiFields::key(ApiField::Cover));
        if (media.mediaType == int(MediaType::Image)) {
            findings.warning(QStringLiteral("SOIP-FIELD-IGNORED"), coverPath,
                             Validator::tr("A cover image is only shown for a video; an image does not use it."));
        } else if (const QString problem = WebAddress::problem(media.cover); !problem.isEmpty()) {
            findings.error(QStringLiteral("INV-MEDIA-URL"), coverPath, problem);
        }
    }
}

void checkRichMedia(const Message &message, Findings &findings)
{
    const QString path = ApiFields::key(ApiField::RichMedia);
    const bool required = message.kind() == MessageKind::RichMedia;
    if (message.richMedia.isEmpty()) {
        if (required) {
            findings.error(QStringLiteral("SOIP-MEDIA-MISSING"), path,
                           Validator::tr("A rich media card needs an image or a video."));
        }
        return;
    }
    if (message.richMedia.size() > 1) {
        findings.error(QStringLiteral("SOIP-MEDIA-COUNT"), path,
                       Validator::tr("There are %1 images or videos; a card shows exactly one.")
                           .arg(message.richMedia.size()));
    }
    for (qsizetype i = 0; i < message.richMedia.size(); ++i)
        checkMedia(message.richMedia.at(i), jsonpath::index(path, i), findings);
}

} // namespace

void checkCard(const Message &message, Findings &findings)
{
    const MessageKind kind = message.kind();
    const bool isCard = kind == MessageKind::RichMedia || kind == MessageKind::CallToAction;
    if (isCard) {
        checkTitles(message, findings);
        if (isBlank(message.category)) {
            findings.error(QStringLiteral("INV-CATEGORY"), ApiFields::key(ApiField::Category),
                           Validator::tr("The category is missing: a card shows it above the titles."));
        }
    }
    if (kind == MessageKind::CallToAction && isBlank(message.coreEntity)) {
        findings.error(QStringLiteral("SOIP-CORE-ENTITY"), ApiFields::key(ApiField::CoreEntity),
                       Validator::tr("The core entity is missing: a call-to-action card needs one."));
    }
    // A CTA or TXT message's media is left out when sent (reported by checkCommonFields); a message
    // of unknown type is checked as far as it goes.
    if (kind == MessageKind::RichMedia || kind == MessageKind::Unknown)
        checkRichMedia(message, findings);
}

} // namespace soip::rules
