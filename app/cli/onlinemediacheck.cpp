#include "onlinemediacheck.h"

#include "media/mediacheck.h"
#include "media/mediaprobe.h"
#include "model/message.h"

#include <QEventLoop>
#include <QImage>
#include <QNetworkAccessManager>

namespace soip::cli {

QList<Issue> checkMediaOnline(const Message &message)
{
    if (message.kind() != MessageKind::RichMedia || message.richMedia.isEmpty())
        return {};
    const RichMedia media = message.richMedia.constFirst();
    QList<Issue> issues = MediaCheck::addressIssues(media);
    QList<std::pair<MediaCheck::Part, QString>> parts{{MediaCheck::Part::Media, media.url}};
    if (media.mediaType == int(MediaType::Video) && !media.cover.trimmed().isEmpty())
        parts.append({MediaCheck::Part::Cover, media.cover});

    QNetworkAccessManager network;
    for (const auto &[part, address] : parts) {
        const QUrl url(address.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        // An address that is not one is the validator's to report.
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            continue;
        MediaProbe probe;
        probe.setNetworkAccessManager(&network);
        MediaProbeResult result;
        QEventLoop loop;
        QObject::connect(&probe, &MediaProbe::finished, &loop, [&](const MediaProbeResult &found) {
            result = found;
            loop.quit();
        });
        const bool wantPicture = MediaCheck::wantsPicture(part, media.mediaType);
        probe.start(url, wantPicture);
        loop.exec();
        auto picture = MediaCheck::Picture::NotTried;
        if (wantPicture && !result.picture.isEmpty())
            picture = QImage::fromData(result.picture).isNull() ? MediaCheck::Picture::DoesNotOpen
                                                                : MediaCheck::Picture::Opens;
        issues += MediaCheck::probeIssues(result, part, media.mediaType, picture);
    }
    return issues;
}

} // namespace soip::cli
