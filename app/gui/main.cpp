#include "dialogs/appicon.h"
#include "mainwindow/mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A draft to open."));
    parser.process(app);

    soip::MainWindow window;
    window.show();
    // After the window is up, so the questions have a parent: first what a crash left behind, then
    // the file asked for on the command line (which asks before replacing restored work).
    window.offerRestore();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(files.constFirst());
    return app.exec();
}
