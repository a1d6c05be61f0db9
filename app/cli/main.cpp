#include "command.h"
#include "soipversion.h"
#include "terminal.h"
#include "uilanguage.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

using namespace soip::cli;

namespace {

QString usage()
{
    QString text = Cli::tr("Usage: soip COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(10), command.summary);
    text += Cli::tr("\nRun 'soip help COMMAND' for a command's options.\n");
    return text;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

bool usesLayout(int argc, char *argv[])
{
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "--layout") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // `soip preview` and `soip validate --layout` lay text out with fonts, which needs a
    // QGuiApplication; it runs on the offscreen platform so it works with no display. Every other
    // command needs Qt Core only.
    const bool needsGui = argc > 1 && (qstrcmp(argv[1], "preview") == 0 ||
                                       (qstrcmp(argv[1], "validate") == 0 && usesLayout(argc, argv)));
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app =
        needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SOIP Composer"));
    QCoreApplication::setApplicationName(QStringLiteral("soip-composer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOIP_VERSION));
    // Messages in the language chosen in the app's Preferences, else the system's (LANG).
    soip::UiLanguage::install();

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        err() << usage();
        return ExitUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << usage();
        return ExitOk;
    }
    if (first == QLatin1String("--version")) {
        out() << QStringLiteral("soip %1 (Qt %2)\n")
                     .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()));
        return ExitOk;
    }
    if (first == QLatin1String("help")) {
        if (arguments.isEmpty()) {
            out() << usage();
            return ExitOk;
        }
        if (const Command *command = findCommand(arguments.first())) {
            out() << command->help();
            return ExitOk;
        }
        err() << Cli::tr("soip: there is no command '%1'.\n").arg(arguments.first()) << usage();
        return ExitUsage;
    }
    const Command *command = findCommand(first);
    if (!command) {
        err() << Cli::tr("soip: there is no command '%1'.\n").arg(first) << usage();
        return ExitUsage;
    }
    return command->run(arguments);
}
