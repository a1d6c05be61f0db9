#include "command.h"
#include "messageinput.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "preview/previewoptions.h"
#include "preview/previewrenderer.h"
#include "terminal.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTimer>

namespace soip::cli {

namespace {

constexpr int kDefaultImageTimeoutSeconds = 10;
constexpr int kMaxImageTimeoutSeconds = 300;

struct PreviewArguments {
    QString file;
    QString png;
    PreviewOptions options;
    int imageTimeoutSeconds = kDefaultImageTimeoutSeconds;
};

// Parses the arguments; returns an error message (empty when they are fine).
QString parse(const QStringList &arguments, PreviewArguments *parsed, bool *help)
{
    QStringList files;
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument == QLatin1String("-")) {
            files.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            *help = true;
            return {};
        }
        QString value;
        bool hasValue = false;
        const qsizetype equals = argument.indexOf(u'=');
        if (equals > 0) {
            value = argument.mid(equals + 1);
            argument.truncate(equals);
            hasValue = true;
        }
        const QStringList known = {QStringLiteral("--png"), QStringLiteral("--theme"), QStringLiteral("--width"),
                                   QStringLiteral("--scale"), QStringLiteral("--image-timeout")};
        if (!known.contains(argument))
            return Cli::tr("unknown option %1").arg(argument);
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return Cli::tr("%1 needs a value").arg(argument);
            value = arguments.at(++i);
        }
        if (argument == QLatin1String("--png")) {
            if (value.isEmpty())
                return Cli::tr("--png needs a file name");
            parsed->png = value;
        } else if (argument == QLatin1String("--theme")) {
            bool ok = false;
            parsed->options.theme = PreviewOptions::themeFromString(value, &ok);
            if (!ok)
                return Cli::tr("--theme must be light or dark, not '%1'").arg(value);
        } else if (argument == QLatin1String("--width")) {
            bool ok = false;
            const int width = value.toInt(&ok);
            if (!ok || width < PreviewOptions::kMinWidthDp || width > PreviewOptions::kMaxWidthDp)
                return Cli::tr("--width must be a whole number of dp from %1 to %2, not '%3'")
                    .arg(PreviewOptions::kMinWidthDp)
                    .arg(PreviewOptions::kMaxWidthDp)
                    .arg(value);
            parsed->options.widthDp = width;
        } else if (argument == QLatin1String("--scale")) {
            bool ok = false;
            const double scale = value.toDouble(&ok);
            if (!ok || !(scale >= PreviewOptions::kMinScale && scale <= PreviewOptions::kMaxScale))
                return Cli::tr("--scale must be a number from %1 to %2, not '%3'")
                    .arg(PreviewOptions::kMinScale)
                    .arg(PreviewOptions::kMaxScale)
                    .arg(value);
            parsed->options.scale = scale;
        } else {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0 || seconds > kMaxImageTimeoutSeconds)
                return Cli::tr("--image-timeout must be a whole number of seconds from 0 to %1, not '%2'")
                    .arg(kMaxImageTimeoutSeconds)
                    .arg(value);
            parsed->imageTimeoutSeconds = seconds;
        }
    }
    if (files.size() != 1)
        return Cli::tr("name exactly one message file");
    if (parsed->png.isEmpty())
        return Cli::tr("--png OUT.png is required");
    parsed->file = files.first();
    return {};
}

// Fetches the pictures the preview shows, waiting at most `seconds`; a phone would show the
// broken state for what does not arrive, and so does the PNG.
void loadImages(PreviewImageCache *images, const QList<QUrl> &urls, int seconds)
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
            err() << Cli::tr("soip preview: the image %1 could not be loaded (%2); the preview shows it as "
                             "broken.\n")
                         .arg(url.toDisplayString(), entry.error);
    }
}

} // namespace

QString previewHelp()
{
    return Cli::tr("Usage: soip preview FILE --png OUT.png [--theme light|dark] [--width DP] [--scale N]\n"
                   "\n"
                   "Draws a SOIP message file as MI message shows it on a Xiaomi phone and saves the picture\n"
                   "as PNG: the same drawing as the app's preview. FILE - reads standard input. Works with\n"
                   "no display. The message is drawn as it will be sent (fields its type does not use are\n"
                   "left out); an invalid or incomplete message is still drawn, with grey placeholders for\n"
                   "empty fields. See docs/preview.md for the sizes the drawing assumes.\n"
                   "\n"
                   "Options:\n"
                   "  --png OUT.png        Where to save the picture (required; written atomically).\n"
                   "  --theme light|dark   The phone's theme (default light).\n"
                   "  --width DP           Screen width in dp, %1 to %2 (default 393; common Xiaomi\n"
                   "                       phones: 360, 393, 412).\n"
                   "  --scale N            Device pixels per dp, %3 to %4 (default 1; a 1080-pixel-wide\n"
                   "                       phone is 2.75).\n"
                   "  --image-timeout S    Seconds to wait for the image before drawing it as broken\n"
                   "                       (default %5).\n"
                   "\n"
                   "An image that cannot be loaded is drawn in its broken state and reported on standard\n"
                   "error; the PNG is still written.\n"
                   "\n"
                   "Exit status:\n"
                   "  0  the PNG was written\n"
                   "  1  the PNG could not be written\n"
                   "  2  the file cannot be read or is not a JSON object\n"
                   "  64 wrong arguments\n")
        .arg(PreviewOptions::kMinWidthDp)
        .arg(PreviewOptions::kMaxWidthDp)
        .arg(PreviewOptions::kMinScale)
        .arg(PreviewOptions::kMaxScale)
        .arg(kDefaultImageTimeoutSeconds);
}

int runPreview(const QStringList &arguments)
{
    PreviewArguments parsed;
    bool help = false;
    const QString error = parse(arguments, &parsed, &help);
    if (help) {
        out() << previewHelp();
        return ExitOk;
    }
    if (!error.isEmpty()) {
        err() << Cli::tr("soip preview: %1.\n").arg(error)
              << Cli::tr("Run 'soip help preview' for the options.\n");
        return ExitUsage;
    }

    const ReadResult read = readMessageInput(parsed.file);
    if (!read.readable) {
        err() << Cli::tr("soip preview: %1: %2\n").arg(parsed.file, read.error);
        return ExitUnreadable;
    }

    if (!PreviewFonts::ensureLoaded())
        err() << Cli::tr("soip preview: warning: the preview's fonts could not be loaded; the system's fonts "
                         "are used.\n");
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    loadImages(&images, PreviewRenderer::imageUrls(read.message), parsed.imageTimeoutSeconds);

    const QImage image = PreviewRenderer::renderImage(read.message, parsed.options, &images);
    QSaveFile file(parsed.png);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        err() << Cli::tr("soip preview: cannot write %1: %2\n").arg(parsed.png, file.errorString());
        return ExitInvalid;
    }
    return ExitOk;
}

} // namespace soip::cli
