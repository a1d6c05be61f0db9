#include "command.h"
#include "interrupt.h"
#include "sandbox/sandboxnumbers.h"
#include "sandbox/sandboxserver.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace soip::cli {

QString sandboxHelp()
{
    QString text = Cli::tr(
        "Usage: soip sandbox [--port N] [--api-key KEY] [--status-step SECONDS] [--latency-ms N]\n"
        "                    [--rate-limit R] [--drop P] [--log FILE]\n"
        "\n"
        "Runs the built-in SOIP simulator on 127.0.0.1 in the foreground, for QA and scripts; Ctrl+C\n"
        "stops it. It speaks the vendor's API:\n"
        "  POST /v1/{SID}/messages/soip       needs the api-key header; validates like the app and answers\n"
        "                                     the vendor's error JSON, or a kid and one message id per number\n"
        "  GET  /v1/{SID}/messages/status?message_ids=ID,ID\n"
        "                                     statuses move from PENDING to their final callback status\n"
        "Any SID works (e.g. SANDBOX). It prints the URL and the key to use.\n"
        "\n"
        "Options:\n"
        "  --port N               listen on port N (default: a free port)\n"
        "  --api-key KEY          the key clients must send (default: a new random key). This is the\n"
        "                         sandbox's own test key, never a real Kaleyra key.\n"
        "  --status-step SECONDS  time between status changes (default 2)\n"
        "  --latency-ms N         delay every answer by N milliseconds (many requests can wait at once)\n"
        "  --rate-limit R         answer 429 with Retry-After to requests beyond R per second\n"
        "  --drop P               for a fraction P (0 to 1) of accepted sends, close the connection\n"
        "                         without an answer, so the client cannot tell (an unknown outcome)\n"
        "  --log FILE             append one JSON line per accepted send: kid, recipients, message\n"
        "\n"
        "Test numbers (any other valid number is accepted and ends DELIVRD):\n");
    for (const SandboxNumbers::TestNumber &number : SandboxNumbers::all())
        text += u"  +"_s + number.number + u"  "_s + number.effect + u'\n';
    return text;
}

int runSandbox(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"port"_s, Cli::tr("Port to listen on."), Cli::tr("N")});
    parser.addOption({u"api-key"_s, Cli::tr("The sandbox's test key."), Cli::tr("KEY")});
    parser.addOption({u"status-step"_s, Cli::tr("Seconds between status changes."), Cli::tr("SECONDS")});
    parser.addOption({u"latency-ms"_s, Cli::tr("Delay of every answer."), Cli::tr("N")});
    parser.addOption({u"rate-limit"_s, Cli::tr("Requests per second before 429."), Cli::tr("R")});
    parser.addOption({u"drop"_s, Cli::tr("Fraction of sends left unanswered."), Cli::tr("P")});
    parser.addOption({u"log"_s, Cli::tr("File for one JSON line per accepted send."), Cli::tr("FILE")});
    if (!parser.parse(QStringList{u"soip sandbox"_s} + arguments)) {
        err() << u"soip sandbox: "_s << parser.errorText() << u"\n\n"_s << sandboxHelp();
        return ExitUsage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Cli::tr("soip sandbox: unexpected argument \"%1\".\n").arg(parser.positionalArguments().first());
        return ExitUsage;
    }
    quint16 port = 0;
    if (parser.isSet(u"port"_s)) {
        bool ok = false;
        const uint value = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            err() << Cli::tr("soip sandbox: --port takes a number from 1 to 65535.\n");
            return ExitUsage;
        }
        port = quint16(value);
    }
    SandboxServer server;
    if (parser.isSet(u"api-key"_s)) {
        const QString key = parser.value(u"api-key"_s).trimmed();
        if (key.isEmpty()) {
            err() << Cli::tr("soip sandbox: --api-key cannot be empty.\n");
            return ExitUsage;
        }
        server.setApiKey(key);
    }
    if (parser.isSet(u"status-step"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"status-step"_s).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            err() << Cli::tr("soip sandbox: --status-step takes a number of seconds.\n");
            return ExitUsage;
        }
        server.setStatusStep(std::chrono::milliseconds(qint64(seconds * 1000)));
    }
    const auto number = [&parser](const QString &name, double low, double high, double *value) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        *value = parser.value(name).toDouble(&ok);
        if (!ok || *value < low || *value > high) {
            err() << Cli::tr("soip sandbox: --%1 takes a number from %2 to %3, not \"%4\".\n")
                         .arg(name)
                         .arg(low)
                         .arg(high)
                         .arg(parser.value(name));
            return false;
        }
        return true;
    };
    double latency = 0;
    double rateLimit = 0;
    double drop = 0;
    if (!number(u"latency-ms"_s, 0, 600000, &latency) || !number(u"rate-limit"_s, 0, 1e6, &rateLimit) ||
        !number(u"drop"_s, 0, 1, &drop))
        return ExitUsage;
    server.setLatency(std::chrono::milliseconds(qint64(latency)));
    server.setRateLimit(rateLimit);
    server.setDropFraction(drop);
    QFile log;
    if (parser.isSet(u"log"_s)) {
        log.setFileName(parser.value(u"log"_s));
        if (!log.open(QIODevice::WriteOnly | QIODevice::Append)) {
            err() << Cli::tr("soip sandbox: cannot write the log %1: %2\n").arg(log.fileName(), log.errorString());
            return ExitInvalid;
        }
        server.setRequestLog(&log);
    }
    if (!server.listen(port)) {
        err() << u"soip sandbox: "_s << server.errorString() << u'\n';
        return ExitInvalid;
    }

    const QString url = server.baseUrl().toString();
    out() << Cli::tr("SOIP sandbox listening on %1\n").arg(url);
    out() << Cli::tr("  SID:      any, e.g. %1\n").arg(SandboxServer::sandboxSid());
    out() << Cli::tr("  API key:  %1   (the sandbox's test key, send it in the api-key header)\n")
                 .arg(server.apiKey());
    out() << Cli::tr("Try:\n  KALEYRA_API_KEY=%1 soip send --base-url %2 --sid %3 message.json\n")
                 .arg(server.apiKey(), url, SandboxServer::sandboxSid());
    out() << Cli::tr("Run 'soip help sandbox' for the test numbers. Press Ctrl+C to stop.\n") << Qt::flush;

    QObject::connect(&server, &SandboxServer::requestHandled, &server,
                     [](const QString &line) { out() << line << u'\n' << Qt::flush; });

    Interrupt interrupt([] { QCoreApplication::quit(); });
    if (!interrupt.isInstalled()) {
        err() << Cli::tr("soip sandbox: could not set up Ctrl+C handling.\n");
        return ExitInvalid;
    }
    const int result = QCoreApplication::exec();
    out() << Cli::tr("Sandbox stopped.\n") << Qt::flush;
    return result == 0 ? ExitOk : ExitInvalid;
}

} // namespace soip::cli
