#include "command.h"
#include "issueformat.h"
#include "messageinput.h"
#include "net/soiprequest.h"
#include "netcommon.h"
#include "storage/sendhistory.h"
#include "terminal.h"
#include "validation/validator.h"

namespace soip::cli {

QString sendHelp()
{
    return Cli::tr(
        "Usage: soip send FILE [--account NAME | --base-url URL --sid SID] [--timeout SECONDS] [--dry-run]\n"
        "\n"
        "Validates the message in FILE (- for standard input) and sends it: POST {base}/v1/{SID}/messages/soip.\n"
        "\n"
        "The API key comes from the account's entry in the system keychain (see 'soip accounts add'),\n"
        "or from the KALEYRA_API_KEY environment variable. It is never an argument and never printed.\n"
        "Without --account or --base-url, the default account is used.\n"
        "\n"
        "Options:\n"
        "  --account NAME     a saved account\n"
        "  --base-url URL     where to send (https://api.kaleyra.io when only --sid is given); plain\n"
        "                     http is refused except for this computer (e.g. the sandbox)\n"
        "  --sid SID          the account SID, with --base-url\n"
        "  --timeout SECONDS  give up after this long (default 30)\n"
        "  --dry-run          print the exact request (key shown as $KALEYRA_API_KEY) and a cURL\n"
        "                     command, and send nothing\n"
        "\n"
        "Every send is kept in the send history (history.sqlite in the application's data folder).\n"
        "A request is never sent twice: when the answer is lost after the request went out, the\n"
        "outcome is unknown; check 'soip status' before sending again.\n"
        "\n"
        "Exit status: 0 accepted; 1 invalid message or not configured (nothing sent); 2 rejected by\n"
        "the API (including key refused and rate limit); 3 network failure, server fault or unknown\n"
        "outcome; 64 wrong arguments.\n");
}

namespace {

int exitCodeFor(const SendOutcome &outcome)
{
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        return ExitOk;
    case SendOutcome::Kind::NotSent:
        return ExitInvalid;
    case SendOutcome::Kind::Rejected:
    case SendOutcome::Kind::KeyRefused:
    case SendOutcome::Kind::RateLimited:
        return ExitRejected;
    case SendOutcome::Kind::ServerError:
    case SendOutcome::Kind::NetworkFailure:
    case SendOutcome::Kind::Unknown:
        return ExitNetwork;
    }
    return ExitNetwork;
}

void printAccepted(const SendOutcome &outcome, const QString &statusHint)
{
    out() << Cli::tr("Accepted. Request id (kid): %1\n").arg(outcome.kid);
    QStringList ids;
    for (const SentRecipient &recipient : outcome.recipients) {
        out() << Cli::tr("  %1  message id %2\n").arg(recipient.recipient, recipient.messageId);
        ids << recipient.messageId;
    }
    if (!ids.isEmpty())
        out() << Cli::tr("Delivery status: soip status %1 %2\n").arg(statusHint, ids.join(u' '));
}

void printFailure(const SendOutcome &outcome)
{
    err() << Cli::tr("soip send: %1. %2\n").arg(outcome.title(), outcome.explanation());
    for (const Issue &issue : outcome.issues)
        err() << u"  "_s << issueLine(issue) << u'\n';
    if (!outcome.vendorError.isEmpty()) {
        err() << Cli::tr("  Kaleyra error: %1 %2").arg(outcome.vendorError.code, outcome.vendorError.type);
        if (!outcome.vendorError.parameter.isEmpty())
            err() << Cli::tr(" (parameter %1)").arg(outcome.vendorError.parameter);
        if (!outcome.vendorError.message.isEmpty())
            err() << u": "_s << outcome.vendorError.message;
        err() << u'\n';
    }
    const QString field = outcome.fieldToFix();
    if (!field.isEmpty() && outcome.issues.isEmpty())
        err() << Cli::tr("  Field to fix: %1\n").arg(field);
}

} // namespace

int runSend(const QStringList &arguments)
{
    if (refusesKeyArgument(arguments, u"send"_s))
        return ExitUsage;
    QCommandLineParser parser;
    addAccountOptions(parser);
    parser.addOption({u"dry-run"_s, Cli::tr("Print the request and send nothing.")});
    parser.addPositionalArgument(u"FILE"_s, Cli::tr("The message file."));
    if (!parser.parse(QStringList{u"soip send"_s} + arguments)) {
        err() << u"soip send: "_s << parser.errorText() << u"\n\n"_s << sendHelp();
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("soip send: give exactly one message file.\n\n") << sendHelp();
        return ExitUsage;
    }
    const auto timeout = timeoutOption(parser, u"send"_s);
    if (!timeout)
        return ExitUsage;

    const QString path = parser.positionalArguments().first();
    const ReadResult read = readMessageInput(path);
    if (!read.readable) {
        err() << Cli::tr("soip send: %1: %2 Nothing was sent.\n").arg(path, read.error);
        return ExitInvalid;
    }
    const QList<Issue> issues = Validator::validate(read);
    if (hasErrors(issues)) {
        printFailure(SendOutcome::invalidMessage(issues));
        return ExitInvalid;
    }

    const bool dryRun = parser.isSet(u"dry-run"_s);
    NetSession session;
    session.service().setTimeout(*timeout);
    bool usageError = false;
    if (dryRun) {
        const std::optional<Account> account = resolveAccount(parser, session.service(), u"send"_s, &usageError);
        if (!account)
            return usageError ? ExitUsage : ExitInvalid;
        out() << Cli::tr("# Dry run: nothing was sent. The request, with the key as $KALEYRA_API_KEY:\n");
        out() << SoipRequest::httpText(*account, read.message);
        out() << Cli::tr("\n# The same request as a cURL command:\n");
        out() << SoipRequest::curlCommand(*account, read.message);
        return ExitOk;
    }
    const std::optional<NetTarget> target =
        resolveTarget(parser, session.service(), u"send"_s, Cli::tr("soip send: no API key, so nothing was sent."),
                      Cli::tr("Store the key with 'soip accounts add', or set the %1 environment variable.")
                          .arg(QString::fromLatin1(kKeyVariable)),
                      &usageError);
    if (!target)
        return usageError ? ExitUsage : ExitInvalid;

    const SendOutcome outcome = waitFor(session.service().send(target->account, target->apiKey, read.message));
    if (outcome.kind != SendOutcome::Kind::NotSent) {
        // The history answers "did this go out?" later, also for the GUI.
        SendHistory history;
        if (!history.open(SendHistory::defaultPath()) ||
            history.record(target->account, read.message, outcome) == 0)
            err() << Cli::tr("soip send: warning: %1\n").arg(history.errorString());
    }
    if (outcome.isAccepted()) {
        QString hint =
            parser.isSet(u"base-url"_s) || parser.isSet(u"sid"_s)
                ? u"--base-url %1 --sid %2"_s.arg(target->account.baseUrl.toString(), target->account.sid)
                : u"--account \"%1\""_s.arg(target->account.name);
        printAccepted(outcome, hint);
        // The status query needs the same key; say so when it came only from this command line.
        if (target->keySource == KeyLookup::Source::Environment && !outcome.recipients.isEmpty())
            out() << Cli::tr("(with %1 set, as for this send)\n").arg(QString::fromLatin1(kKeyVariable));
    } else {
        printFailure(outcome);
    }
    return exitCodeFor(outcome);
}

} // namespace soip::cli
