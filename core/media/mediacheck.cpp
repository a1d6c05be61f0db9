#include "mediacheck.h"

#include "model/message.h"

#include <QLocale>
#include <QUrl>

namespace soip {

namespace {

const QString kUnreachable = QStringLiteral("SOIP-MEDIA-UNREACHABLE");
const QString kType = QStringLiteral("SOIP-MEDIA-TYPE");
const QString kSize = QStringLiteral("SOIP-MEDIA-SIZE");
const QString kNotPicture = QStringLiteral("SOIP-MEDIA-NOT-PICTURE");
const QString kHttp = QStringLiteral("SOIP-MEDIA-HTTP");
const QString kExtension = QStringLiteral("SOIP-MEDIA-EXTENSION");

Issue warning(const QString &code, MediaCheck::Part part, const QString &message)
{
    return {Severity::Warning, code, MediaCheck::pathOf(part), message};
}

// The file name's extension in the address's path, lower case, without the dot.
QString extensionOf(const QString &address)
{
    const QString path = QUrl(address.trimmed()).path();
    const QString file = path.section(QLatin1Char('/'), -1);
    const qsizetype dot = file.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : file.mid(dot + 1).toLower();
}

bool isPictureExtension(const QString &ext)
{
    static const QStringList kPictures{QStringLiteral("png"),  QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                       QStringLiteral("gif"),  QStringLiteral("webp"), QStringLiteral("bmp"),
                                       QStringLiteral("heic"), QStringLiteral("svg")};
    return kPictures.contains(ext);
}

bool isVideoExtension(const QString &ext)
{
    static const QStringList kVideos{QStringLiteral("mp4"), QStringLiteral("m4v"),  QStringLiteral("mov"),
                                     QStringLiteral("3gp"), QStringLiteral("webm"), QStringLiteral("mkv"),
                                     QStringLiteral("avi")};
    return kVideos.contains(ext);
}

bool usesHttp(const QString &address)
{
    return address.trimmed().startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}

} // namespace

QString MediaCheck::pathOf(Part part)
{
    return part == Part::Media ? QStringLiteral("rich_media[0].url") : QStringLiteral("rich_media[0].cover");
}

bool MediaCheck::isCheckCode(const QString &code)
{
    return code == kUnreachable || code == kType || code == kSize || code == kNotPicture || code == kHttp ||
           code == kExtension;
}

bool MediaCheck::wantsPicture(Part part, int mediaType)
{
    return part == Part::Cover || mediaType == int(MediaType::Image);
}

QList<Issue> MediaCheck::addressIssues(const RichMedia &media)
{
    QList<Issue> issues;
    if (usesHttp(media.url))
        issues.append(warning(kHttp, Part::Media,
                              tr("The media address uses http, not https: phones may refuse to load it.")));
    const QString ext = extensionOf(media.url);
    if (media.mediaType == int(MediaType::Video) && isPictureExtension(ext))
        issues.append(
            warning(kExtension, Part::Media,
                    tr("The address ends in .%1, which is a picture, but the media type is Video.").arg(ext)));
    else if (media.mediaType == int(MediaType::Image) && isVideoExtension(ext))
        issues.append(
            warning(kExtension, Part::Media,
                    tr("The address ends in .%1, which is a video, but the media type is Image.").arg(ext)));
    if (media.mediaType == int(MediaType::Video) && usesHttp(media.cover))
        issues.append(
            warning(kHttp, Part::Cover,
                    tr("The cover image's address uses http, not https: phones may refuse to load it.")));
    return issues;
}

QList<Issue> MediaCheck::probeIssues(const MediaProbeResult &result, Part part, int mediaType, Picture picture)
{
    const bool cover = part == Part::Cover;
    if (!result.reachable) {
        return {warning(kUnreachable, part,
                        cover ? tr("The cover image cannot be loaded (%1). Phones will show the video without it.")
                                    .arg(result.error)
                              : tr("The media cannot be loaded (%1). Phones will not be able to show it either.")
                                    .arg(result.error))};
    }
    QList<Issue> issues;
    const bool wantsImage = cover || mediaType == int(MediaType::Image);
    const QString expected = wantsImage ? QStringLiteral("image/") : QStringLiteral("video/");
    const QString given = result.contentType.isEmpty() ? tr("of no stated type") : result.contentType;
    if (!result.contentType.startsWith(expected)) {
        QString text;
        if (cover)
            text = tr("The server says the cover is %1, not a picture.").arg(given);
        else if (wantsImage)
            text = tr("The server says this is %1, not an image.").arg(given);
        else
            text = tr("The server says this is %1, not a video.").arg(given);
        issues.append(warning(kType, part, text));
    } else if (picture == Picture::DoesNotOpen) {
        issues.append(warning(kNotPicture, part,
                              cover ? tr("The cover image did not open as a picture.")
                                    : tr("The file did not open as a picture.")));
    }
    if (wantsImage && result.size > kMaxImageBytes) {
        issues.append(warning(kSize, part,
                              tr("The picture is %1; keep pictures under 2 MB so phones load them quickly.")
                                  .arg(QLocale().formattedDataSize(result.size))));
    }
    return issues;
}

} // namespace soip
