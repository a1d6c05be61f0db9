#include "layoutselection.h"

#include "command.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "preview/previewrenderer.h"
#include "terminal.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace soip::cli {

QList<qreal> parseFontScales(const QString &list, QString *bad)
{
    QList<qreal> scales;
    for (const QString &entry : list.split(u',')) {
        bool ok = false;
        const double scale = entry.trimmed().toDouble(&ok);
        if (!ok || !(scale >= PreviewOptions::kMinFontScale && scale <= PreviewOptions::kMaxFontScale)) {
            if (bad)
                *bad = entry.trimmed();
            return {};
        }
        scales.append(scale);
    }
    return scales;
}

QString LayoutSelection::take(const QString &option, const QString &value)
{
    QString bad;
    if (option == QLatin1String("--phones")) {
        phones = PhonePresets::parseList(value, &bad);
        if (phones.isEmpty())
            return Cli::tr("--phones takes phone names (%1) or widths in dp from %2 to %3, not '%4'")
                .arg(PhonePresets::ids().join(QStringLiteral(", ")))
                .arg(PreviewOptions::kMinWidthDp)
                .arg(PreviewOptions::kMaxWidthDp)
                .arg(bad);
        return {};
    }
    fontScales = parseFontScales(value, &bad);
    if (fontScales.isEmpty())
        return Cli::tr("--font-scales takes numbers from %1 to %2 (Android's sizes are 0.85, 1, 1.15 and 1.3), "
                       "not '%3'")
            .arg(PreviewOptions::kMinFontScale)
            .arg(PreviewOptions::kMaxFontScale)
            .arg(bad);
    return {};
}

void loadPreviewImages(PreviewImageCache *images, const QList<QUrl> &urls, int seconds, const QString &command)
{
    for (const QUrl &url : urls)
        images->request(url);
    if (images->hasPending()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(images, &PreviewImageCache::idle, &loop, &QEventLoop::quit);
        deadline.start(seconds * 1000);
        loop.exec();
        if (images->hasPending())
            images->abortPending(Cli::tr("No answer within %n second(s)", nullptr, seconds));
    }
    for (const QUrl &url : urls) {
        const PreviewImageCache::Entry entry = images->entry(url);
        if (entry.state == PreviewImageCache::State::Failed)
            err() << Cli::tr("%1: the image %2 could not be loaded (%3); the preview shows it as broken.\n")
                         .arg(command, url.toDisplayString(), entry.error);
    }
}

QList<Issue> layoutIssues(const Message &message, const LayoutSelection &selection)
{
    constexpr int kImageTimeoutSeconds = 10;
    PreviewFonts::ensureLoaded();
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    loadPreviewImages(&images, PreviewRenderer::imageUrls(message), kImageTimeoutSeconds,
                      QStringLiteral("soip validate"));
    return LayoutChecks::check(message, selection.targets(), &images);
}

} // namespace soip::cli
