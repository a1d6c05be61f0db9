#include "command.h"
#include "layoutselection.h"
#include "messageinput.h"
#include "preview/contactsheet.h"
#include "preview/imagediff.h"
#include "preview/phonepresets.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "preview/previewoptions.h"
#include "preview/previewrenderer.h"
#include "terminal.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QNetworkAccessManager>

namespace soip::cli {

namespace {

constexpr int kDefaultImageTimeoutSeconds = 10;
constexpr int kMaxImageTimeoutSeconds = 300;
const QString kCommand = QStringLiteral("soip preview");

// What the run writes: exactly one of these.
enum class Output { None, Png, OutDir, Sheet, Compare };

struct PreviewArguments {
    QStringList files;
    Output output = Output::None;
    QString target; // the PNG, the folder, the sheet or the reference image
    QString diff;   // --diff, with --compare
    PreviewOptions options;
    LayoutSelection selection;
    QList<PreviewOptions::Theme> themes = {PreviewOptions::Theme::Light};
    int imageTimeoutSeconds = kDefaultImageTimeoutSeconds;
};

QString setOutput(PreviewArguments *parsed, Output output, const QString &option, const QString &value)
{
    if (parsed->output != Output::None && parsed->output != output)
        return Cli::tr("use only one of --png, --out-dir, --sheet and --compare");
    if (value.isEmpty())
        return Cli::tr("%1 needs a file name").arg(option);
    parsed->output = output;
    parsed->target = value;
    return {};
}

QString parseThemes(const QString &value, QList<PreviewOptions::Theme> *themes)
{
    themes->clear();
    for (const QString &name : value.split(u',')) {
        bool ok = false;
        themes->append(PreviewOptions::themeFromString(name.trimmed(), &ok));
        if (!ok)
            return Cli::tr("--themes takes light, dark or both, not '%1'").arg(name.trimmed());
    }
    return {};
}

// One option with its value; returns an error message (empty when it is fine).
QString takeOption(const QString &option, const QString &value, PreviewArguments *parsed)
{
    bool ok = false;
    if (option == QLatin1String("--png"))
        return setOutput(parsed, Output::Png, option, value);
    if (option == QLatin1String("--out-dir"))
        return setOutput(parsed, Output::OutDir, option, value);
    if (option == QLatin1String("--sheet"))
        return setOutput(parsed, Output::Sheet, option, value);
    if (option == QLatin1String("--compare"))
        return setOutput(parsed, Output::Compare, option, value);
    if (option == QLatin1String("--diff")) {
        parsed->diff = value;
        return value.isEmpty() ? Cli::tr("--diff needs a file name") : QString();
    }
    if (LayoutSelection::isOption(option))
        return parsed->selection.take(option, value);
    if (option == QLatin1String("--themes"))
        return parseThemes(value, &parsed->themes);
    if (option == QLatin1String("--theme")) {
        parsed->options.theme = PreviewOptions::themeFromString(value, &ok);
        return ok ? QString() : Cli::tr("--theme must be light or dark, not '%1'").arg(value);
    }
    if (option == QLatin1String("--width")) {
        const int width = value.toInt(&ok);
        if (!ok || width < PreviewOptions::kMinWidthDp || width > PreviewOptions::kMaxWidthDp)
            return Cli::tr("--width must be a whole number of dp from %1 to %2, not '%3'")
                .arg(PreviewOptions::kMinWidthDp)
                .arg(PreviewOptions::kMaxWidthDp)
                .arg(value);
        parsed->options.widthDp = width;
        return {};
    }
    if (option == QLatin1String("--phone")) {
        const PhonePresets::Phone phone = PhonePresets::find(value);
        if (phone.widthDp == 0)
            return Cli::tr("--phone takes one of %1, not '%2'").arg(PhonePresets::ids().join(u", "), value);
        parsed->options = PhonePresets::on(phone, parsed->options);
        return {};
    }
    if (option == QLatin1String("--font-scale")) {
        const QList<qreal> scales = parseFontScales(value, nullptr);
        if (scales.size() != 1)
            return Cli::tr("--font-scale must be a number from %1 to %2, not '%3'")
                .arg(PreviewOptions::kMinFontScale)
                .arg(PreviewOptions::kMaxFontScale)
                .arg(value);
        parsed->options.fontScale = scales.first();
        return {};
    }
    if (option == QLatin1String("--scale")) {
        const double scale = value.toDouble(&ok);
        if (!ok || !(scale >= PreviewOptions::kMinScale && scale <= PreviewOptions::kMaxScale))
            return Cli::tr("--scale must be a number from %1 to %2, not '%3'")
                .arg(PreviewOptions::kMinScale)
                .arg(PreviewOptions::kMaxScale)
                .arg(value);
        parsed->options.scale = scale;
        return {};
    }
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 0 || seconds > kMaxImageTimeoutSeconds)
        return Cli::tr("--image-timeout must be a whole number of seconds from 0 to %1, not '%2'")
            .arg(kMaxImageTimeoutSeconds)
            .arg(value);
    parsed->imageTimeoutSeconds = seconds;
    return {};
}

// Parses the arguments; returns an error message (empty when they are fine).
QString parse(const QStringList &arguments, PreviewArguments *parsed, bool *help)
{
    static const QStringList known = {
        QStringLiteral("--png"),     QStringLiteral("--out-dir"),      QStringLiteral("--sheet"),
        QStringLiteral("--compare"), QStringLiteral("--diff"),         QStringLiteral("--phones"),
        QStringLiteral("--themes"),  QStringLiteral("--font-scales"),  QStringLiteral("--theme"),
        QStringLiteral("--width"),   QStringLiteral("--phone"),        QStringLiteral("--font-scale"),
        QStringLiteral("--scale"),   QStringLiteral("--image-timeout")};
    bool optionsEnded = false;
    for (int i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u'-') || argument == QLatin1String("-")) {
            parsed->files.append(argument);
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
        if (!known.contains(argument))
            return Cli::tr("unknown option %1").arg(argument);
        if (!hasValue) {
            if (i + 1 >= arguments.size())
                return Cli::tr("%1 needs a value").arg(argument);
            value = arguments.at(++i);
        }
        const QString error = takeOption(argument, value, parsed);
        if (!error.isEmpty())
            return error;
    }
    if (parsed->files.isEmpty())
        return Cli::tr("name at least one message file");
    if (parsed->output == Output::None)
        return Cli::tr("say what to write: --png OUT.png, --out-dir DIR, --sheet OUT.png or --compare REF.png");
    if (parsed->output != Output::OutDir && parsed->files.size() != 1)
        return Cli::tr("--png, --sheet and --compare take exactly one message file; --out-dir takes several");
    if (!parsed->diff.isEmpty() && parsed->output != Output::Compare)
        return Cli::tr("--diff goes with --compare");
    return {};
}

bool write(const QImage &image, const QString &path)
{
    QString error;
    if (PreviewRenderer::savePng(image, path, &error))
        return true;
    err() << Cli::tr("soip preview: cannot write %1: %2\n").arg(path, error);
    return false;
}

// The PNG each file of --out-dir gets: its name with .png, "stdin.png" for standard input.
QString outputName(const QString &file)
{
    return file == QLatin1String("-") ? QStringLiteral("stdin.png") : QFileInfo(file).completeBaseName() + u".png";
}

int compare(const QImage &actual, const PreviewArguments &parsed)
{
    const QImage reference(parsed.target);
    if (reference.isNull()) {
        err() << Cli::tr("soip preview: %1 cannot be read as an image.\n").arg(parsed.target);
        return ExitUnreadable;
    }
    const ImageDiff diff = ImageDiff::compare(actual, reference);
    out()
        << Cli::tr(
               "Difference: %1% of the pixels (%2); the most changed area of 16 \u00D7 16 pixels has %3 of 256.\n")
               .arg(diff.differentFraction * 100, 0, 'f', 3)
               .arg(diff.differentPixels)
               .arg(diff.worstTile);
    if (!diff.sameSize)
        out() << Cli::tr("The size changed: %1\u00D7%2 pixels, the reference has %3\u00D7%4.\n")
                     .arg(actual.width())
                     .arg(actual.height())
                     .arg(reference.width())
                     .arg(reference.height());
    for (const QRect &r : diff.changedRegions)
        out() << Cli::tr("Changed: x %1, y %2, %3\u00D7%4 pixels\n")
                     .arg(r.x())
                     .arg(r.y())
                     .arg(r.width())
                     .arg(r.height());
    out() << (diff.matches() ? Cli::tr("The drawings match (differences within anti-aliasing noise).\n")
                             : Cli::tr("The drawings differ.\n"));
    if (!parsed.diff.isEmpty() && !write(ImageDiff::marked(actual, diff), parsed.diff))
        return ExitInvalid;
    return diff.matches() ? ExitOk : ExitInvalid;
}

// Renders one file the way the arguments ask; returns the exit status.
int renderFile(const QString &file, const PreviewArguments &parsed, PreviewImageCache *images)
{
    const ReadResult read = readMessageInput(file);
    if (!read.readable) {
        err() << Cli::tr("soip preview: %1: %2\n").arg(file, read.error);
        return ExitUnreadable;
    }
    loadPreviewImages(images, PreviewRenderer::imageUrls(read.message), parsed.imageTimeoutSeconds, kCommand);
    switch (parsed.output) {
    case Output::Sheet: {
        const QList<ContactSheet::Cell> cells =
            ContactSheet::cells(parsed.selection.phones, parsed.themes, parsed.selection.fontScales);
        const ContactSheet sheet(read.message, cells, int(parsed.selection.phones.size()), images);
        return write(sheet.toImage(parsed.options.scale), parsed.target) ? ExitOk : ExitInvalid;
    }
    case Output::Compare:
        return compare(PreviewRenderer::renderImage(read.message, parsed.options, images), parsed);
    case Output::OutDir:
        return write(PreviewRenderer::renderImage(read.message, parsed.options, images),
                     QDir(parsed.target).filePath(outputName(file)))
                   ? ExitOk
                   : ExitInvalid;
    case Output::Png:
    case Output::None:
        break;
    }
    return write(PreviewRenderer::renderImage(read.message, parsed.options, images), parsed.target) ? ExitOk
                                                                                                    : ExitInvalid;
}

// Two files of --out-dir that would write the same PNG: named before anything is written.
QString clashingNames(const QStringList &files)
{
    QHash<QString, QString> seen;
    for (const QString &file : files) {
        const QString name = outputName(file);
        if (seen.contains(name))
            return Cli::tr("%1 and %2 would both be written as %3").arg(seen.value(name), file, name);
        seen.insert(name, file);
    }
    return {};
}

} // namespace

QString previewHelp()
{
    return Cli::
        tr("Usage: soip preview FILE --png OUT.png [options]\n"
           "       soip preview FILE... --out-dir DIR [options]\n"
           "       soip preview FILE --sheet OUT.png [--phones LIST] [--themes light,dark] [--font-scales LIST]\n"
           "       soip preview FILE --compare REFERENCE.png [--diff OUT.png] [options]\n"
           "\n"
           "Draws a SOIP message file as MI message shows it on a Xiaomi phone: the same drawing as the\n"
           "app's preview. FILE - reads standard input. Works with no display. The message is drawn as\n"
           "it will be sent (fields its type does not use are left out); an invalid or incomplete\n"
           "message is still drawn, with grey placeholders for empty fields. See docs/preview.md.\n"
           "\n"
           "What to write (one of):\n"
           "  --png OUT.png        The picture of one message (written atomically).\n"
           "  --out-dir DIR        One picture per message file, DIR/NAME.png.\n"
           "  --sheet OUT.png      A contact sheet: the message on several phones, themes and font\n"
           "                       sizes in one labelled grid (a column per phone).\n"
           "  --compare REF.png    Compares the drawing with an earlier one: prints a difference score\n"
           "                       and the changed regions, ignoring anti-aliasing noise. Exit status\n"
           "                       0 when they match, 1 when they differ.\n"
           "  --diff OUT.png       With --compare: the drawing with the changes outlined in red.\n"
           "\n"
           "Options:\n"
           "  --theme light|dark   The phone's theme (default light).\n"
           "  --phone NAME         A phone: %6.\n"
           "  --width DP           Screen width in dp, %1 to %2 (default 393).\n"
           "  --font-scale N       The phone's font size setting (Android: 0.85, 1, 1.15, 1.3; default 1).\n"
           "  --scale N            Device pixels per dp, %3 to %4 (default 1; a 1080-pixel-wide\n"
           "                       phone is 2.75).\n"
           "  --phones LIST        For --sheet: phone names or widths in dp (default: every phone).\n"
           "  --themes LIST        For --sheet: light, dark or light,dark (default light).\n"
           "  --font-scales LIST   For --sheet: font sizes (default 1,1.3).\n"
           "  --image-timeout S    Seconds to wait for the image before drawing it as broken\n"
           "                       (default %5).\n"
           "\n"
           "An image that cannot be loaded is drawn in its broken state and reported on standard\n"
           "error; the PNG is still written.\n"
           "\n"
           "Exit status:\n"
           "  0  the PNG was written (with --compare: the drawings match)\n"
           "  1  a PNG could not be written (with --compare: the drawings differ)\n"
           "  2  a file cannot be read or is not a JSON object, or the reference is not an image\n"
           "  64 wrong arguments\n")
            .arg(PreviewOptions::kMinWidthDp)
            .arg(PreviewOptions::kMaxWidthDp)
            .arg(PreviewOptions::kMinScale)
            .arg(PreviewOptions::kMaxScale)
            .arg(kDefaultImageTimeoutSeconds)
            .arg(PhonePresets::ids().join(QStringLiteral(", ")));
}

int runPreview(const QStringList &arguments)
{
    PreviewArguments parsed;
    bool help = false;
    QString error = parse(arguments, &parsed, &help);
    if (help) {
        out() << previewHelp();
        return ExitOk;
    }
    if (error.isEmpty() && parsed.output == Output::OutDir)
        error = clashingNames(parsed.files);
    if (!error.isEmpty()) {
        err() << Cli::tr("soip preview: %1.\n").arg(error)
              << Cli::tr("Run 'soip help preview' for the options.\n");
        return ExitUsage;
    }
    if (parsed.output == Output::OutDir && !QDir().mkpath(parsed.target)) {
        err() << Cli::tr("soip preview: cannot create the folder %1.\n").arg(parsed.target);
        return ExitInvalid;
    }

    if (!PreviewFonts::ensureLoaded())
        err() << Cli::tr("soip preview: warning: the preview's fonts could not be loaded; the system's fonts "
                         "are used.\n");
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    // Every file is drawn even after one fails; the worst status wins (unreadable over unwritten).
    int status = ExitOk;
    for (const QString &file : std::as_const(parsed.files)) {
        const int result = renderFile(file, parsed, &images);
        if (result == ExitUnreadable || status == ExitOk)
            status = qMax(status, result);
    }
    return status;
}

} // namespace soip::cli
