#include "composer/composerdocument.h"
#include "dialogs/appicon.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/startupprobe.h"
#include "mainwindow/startupreport.h"
#include "preview/previewpane.h"
#include "services/appservices.h"
#include "soipversion.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

// `--version` and `--help` must work without a display (packaging checks run them headless), so
// they are answered before QApplication, which needs a display, is created.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("soip-composer %s (Qt %s)\n", SOIP_VERSION, qVersion());
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: soip-composer [--sandbox] [FILE.json]\n\n"
                        "  --sandbox   start on the built-in sandbox account\n"
                        "  --version   print the version and exit\n");
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SOIP Composer"));
    QApplication::setApplicationName(QStringLiteral("soip-composer"));
    // No application display name: on X11 Qt would append it to every window title, and the main
    // window's title already starts with the product name.
    QApplication::setApplicationVersion(QStringLiteral(SOIP_VERSION));
    // The desktop entry's name (packaging/), so Wayland shells match windows to the launcher icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.SoipComposer"));
    QApplication::setWindowIcon(soip::applicationIcon());
    // English, Hindi or the system's language, as chosen in Preferences; before any widget exists.
    soip::UiLanguage::install();

    QCommandLineParser parser;
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Start on the built-in sandbox account."));
    parser.addOption(sandbox);
    // Hidden: for scripts/screenshots.sh and tests/bench/bench_startup, not for people.
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("file"));
    const QCommandLineOption palette(QStringLiteral("palette"), QString(), QStringLiteral("light|dark"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"), QString(), QStringLiteral("WxH"));
    const QCommandLineOption firstPaintExit(QStringLiteral("first-paint-exit"));
    const QCommandLineOption printRss(QStringLiteral("print-rss"));
    const QCommandLineOption previewImage(QStringLiteral("preview-image"), QString(), QStringLiteral("file"));
    for (const QCommandLineOption *option :
         {&screenshot, &palette, &windowSize, &firstPaintExit, &printRss, &previewImage}) {
        QCommandLineOption hidden = *option;
        hidden.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(hidden);
    }
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A draft to open."));
    parser.process(app);

    if (parser.isSet(palette))
        soip::StartupProbe::usePalette(app, parser.value(palette) == QLatin1String("dark"));

    // The services outlive the window: it only borrows them.
    soip::AppServices services;
    soip::MainWindow::Options options;
    options.services = &services;
    options.sandbox = parser.isSet(sandbox);
    soip::MainWindow window(options);
    if (parser.isSet(windowSize)) {
        const QStringList size = parser.value(windowSize).split(u'x');
        window.resize(size.value(0).toInt(), size.value(1).toInt());
    }
    const bool probing = parser.isSet(screenshot) || parser.isSet(firstPaintExit);
    const QStringList files = parser.positionalArguments();
    if (probing) {
        // Unattended: no questions, just the file and the measurement or picture.
        if (!files.isEmpty())
            window.openFile(files.constFirst());
        if (parser.isSet(previewImage))
            window.showPreviewImage(QImage(parser.value(previewImage)));
        if (parser.value(palette) == QLatin1String("dark")) {
            // The phone in the picture follows the desktop's dark look too.
            soip::PreviewOptions preview = window.previewPane()->options();
            preview.theme = soip::PreviewOptions::Theme::Dark;
            window.previewPane()->setOptions(preview);
        }
        const QString shotPath = parser.value(screenshot);
        const bool rss = parser.isSet(printRss);
        soip::StartupProbe::afterFirstPaint(&window, [&window, shotPath, rss] {
            // Read by tests/bench/bench_startup, which times start-up to this line.
            std::printf("first_paint\n");
            if (rss)
                std::printf("rss_kib=%lld\n", static_cast<long long>(soip::StartupProbe::residentKiB()));
            std::fflush(stdout);
            if (shotPath.isEmpty()) {
                QApplication::exit(0);
                return;
            }
            // Give layouts, the preview and the form's marks a moment to settle.
            QTimer::singleShot(1500, &window, [&window, shotPath] {
                QApplication::exit(soip::StartupProbe::saveScreenshot(&window, shotPath) ? 0 : 1);
            });
        });
        window.show();
        const int code = app.exec();
        window.document()->setModified(false); // nothing of a probe run is worth an autosave
        return code;
    }

    window.show();
    // After the window is up, so the questions have a parent: first what could not be read, then
    // what a crash left behind, then the file asked for on the command line (which asks before
    // replacing restored work).
    soip::StartupReport::show(services, &window);
    window.offerRestore();
    window.offerInterruptedCampaign();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    return app.exec();
}
