#include "command.h"
#include "netcommon.h"
#include "terminal.h"

namespace soip::cli {

QString statusHelp()
{
    return Cli::tr("Usage: soip status [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] "
                   "MESSAGE_ID...\n"
                   "\n"
                   "Asks for the delivery status of sent messages (the message ids 'soip send' printed):\n"
                   "GET {base}/v1/{SID}/messages/status?message_ids=ID,ID. The key comes from the account's\n"
                   "keychain entry or KALEYRA_API_KEY, as for 'soip send'.\n"
                   "\n"
                   "Each line: message id, recipient, status (the reference's callback status code) and what it\n"
                   "means. PENDING means the phone has not reported back yet.\n"
                   "\n"
                   "Exit status: 0 answered; 1 not configured; 2 refused by the API; 3 network or server\n"
                   "failure; 64 wrong arguments.\n");
}

namespace {
int exitCodeFor(const StatusOutcome &outcome)
{
    switch (outcome.kind) {
    case StatusOutcome::Kind::Ok:
        return ExitOk;
    case StatusOutcome::Kind::NotAsked:
        return ExitInvalid;
    case StatusOutcome::Kind::Rejected:
    case StatusOutcome::Kind::KeyRefused:
    case StatusOutcome::Kind::RateLimited:
        return ExitRejected;
    case StatusOutcome::Kind::ServerError:
    case StatusOutcome::Kind::NetworkFailure:
        return ExitNetwork;
    }
    return ExitNetwork;
}
} // namespace

int runStatus(const QStringList &arguments)
{
    if (refusesKeyArgument(arguments, u"status"_s))
        return ExitUsage;
    QCommandLineParser parser;
    addAccountOptions(parser);
    parser.addPositionalArgument(u"MESSAGE_ID"_s, Cli::tr("Message ids, as 'soip send' printed them."));
    if (!parser.parse(QStringList{u"soip status"_s} + arguments)) {
        err() << u"soip status: "_s << parser.errorText() << u"\n\n"_s << statusHelp();
        return ExitUsage;
    }
    QStringList ids;
    for (const QString &argument : parser.positionalArguments())
        ids << argument.split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty()) {
        err() << Cli::tr("soip status: give at least one message id.\n\n") << statusHelp();
        return ExitUsage;
    }
    const auto timeout = timeoutOption(parser, u"status"_s);
    if (!timeout)
        return ExitUsage;
    NetSession session;
    session.service().setTimeout(*timeout);
    bool usageError = false;
    // A key given only on the send line (KALEYRA_API_KEY=... soip send ...) is not here any more.
    const std::optional<NetTarget> target = resolveTarget(
        parser, session.service(), u"status"_s,
        Cli::tr("soip status: no API key, so the delivery status could not be asked."),
        Cli::tr("The status query needs the same key as the send: if you gave it only on the send line, "
                "give it again here (%1=... soip status ...), or store it with 'soip accounts add'.")
            .arg(QString::fromLatin1(kKeyVariable)),
        &usageError);
    if (!target)
        return usageError ? ExitUsage : ExitInvalid;

    const StatusOutcome outcome = waitFor(session.service().queryStatus(target->account, target->apiKey, ids));
    if (outcome.kind != StatusOutcome::Kind::Ok) {
        err() << Cli::tr("soip status: %1. %2\n").arg(outcome.title(), outcome.explanation());
        return exitCodeFor(outcome);
    }
    for (const DeliveryStatus &status : outcome.statuses) {
        const QString code = status.isFinal() ? u" (%1)"_s.arg(status.code) : QString();
        out() << status.messageId << u"  "_s << status.recipient << u"  "_s << status.status << code << u"  "_s
              << status.explanation() << u'\n';
    }
    if (!outcome.vendorError.isEmpty())
        err() << Cli::tr("soip status: %1\n").arg(outcome.explanation());
    return ExitOk;
}

} // namespace soip::cli
