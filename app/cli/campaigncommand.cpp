#include "campaign/campaignexecution.h"
#include "campaign/campaignplan.h"
#include "campaign/campaignrunner.h"
#include "campaign/recipientfile.h"
#include "campaigncli.h"
#include "interrupt.h"
#include "issueformat.h"
#include "messageinput.h"
#include "net/soiprequest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace soip::cli {

QString campaignHelp()
{
    return Cli::tr(
        "Usage: soip campaign check TEMPLATE.json RECIPIENTS [--phone-column NAME] [--json]\n"
        "       soip campaign send TEMPLATE.json RECIPIENTS [--name NAME] [--account NAME | --base-url URL\n"
        "                     --sid SID] [--phone-column NAME] [--concurrency N] [--rate R] [--batch N]\n"
        "                     [--timeout S] [--dry-run]\n"
        "       soip campaign resume [ID] [--resend-unknown]\n"
        "       soip campaign list [--json]\n"
        "       soip campaign report ID [--json | --csv FILE] [--refresh-status]\n"
        "\n"
        "Sends the message in TEMPLATE.json to every row of RECIPIENTS, a CSV file whose first row names\n"
        "the columns (UTF-8 or UTF-16; the delimiter , ; or tab is found by itself). The phone column is\n"
        "found by its name (phone, mobile, number, msisdn, ...) or given with --phone-column. Any string\n"
        "of the template may hold {{column name}}, replaced by that row's value. Rows whose message is\n"
        "the same are sent together, up to --batch numbers (default 100) in one request.\n"
        "\n"
        "Every campaign is kept in the history store with one state per row: pending, in_flight,\n"
        "accepted, rejected, not_sent or unknown. A row is marked in flight before its request goes\n"
        "out; after a crash such rows are unknown and are sent again only with --resend-unknown, once\n"
        "you have checked their delivery ('soip campaign report ID --refresh-status').\n"
        "\n"
        "Options:\n"
        "  --concurrency N   requests at once (default 6, at most 32)\n"
        "  --rate R          requests per second (default 150; 0 for no limit)\n"
        "  --batch N         numbers per request (default 100)\n"
        "  --dry-run         render and check every row, print the first requests, send nothing\n"
        "\n"
        "The key comes from the account's keychain entry or KALEYRA_API_KEY and is never stored.\n"
        "Exit status: 0 every row accepted; 1 nothing sent because of the input, the template or the\n"
        "account; 2 some rows rejected; 3 interrupted, or rows unknown or not sent (resumable);\n"
        "64 wrong arguments.\n");
}

namespace {

struct Prepared {
    ReadResult templateRead;
    QJsonObject templateJson;
    RecipientFile recipients;
    CampaignPlan plan;
};

// Reads the template and the recipients and plans every row; prints why and returns false when
// the campaign cannot run at all.
bool prepare(const QCommandLineParser &parser, const QString &command, int batch, Prepared *prepared)
{
    const QStringList files = parser.positionalArguments().mid(1);
    const QString templatePath = files.at(0);
    prepared->templateRead = readMessageInput(templatePath);
    if (!prepared->templateRead.readable) {
        err() << Cli::tr("soip campaign %1: %2: %3\n").arg(command, templatePath, prepared->templateRead.error);
        return false;
    }
    prepared->templateJson = MessageCodec::toJson(prepared->templateRead.message.withOnlyFieldsOfType());
    prepared->recipients = RecipientFile::read(files.at(1), parser.value(u"sheet"_s));
    if (!prepared->recipients.table) {
        err() << Cli::tr("soip campaign %1: %2\n").arg(command, prepared->recipients.error);
        return false;
    }
    prepared->plan = CampaignPlan::build(prepared->templateJson, *prepared->recipients.table,
                                         parser.value(u"phone-column"_s), batch);
    if (!prepared->plan.error.isEmpty()) {
        err() << Cli::tr("soip campaign %1: %2\n").arg(command, prepared->plan.error);
        return false;
    }
    return true;
}

void printProblems(const CampaignPlan &plan)
{
    for (const RowProblem &problem : plan.problems) {
        err() << Cli::tr("  row %1").arg(problem.row);
        if (!problem.column.isEmpty())
            err() << u" ("_s << problem.column << u')';
        err() << u": "_s << problem.code << u' ' << problem.parameter << u": "_s << problem.message << u'\n';
    }
    // Sent all the same; worth a look before sending (an event date already past).
    for (const PlanWarning &warning : plan.warnings) {
        err() << Cli::tr("  warning, %n row(s)", nullptr, int(warning.count));
        if (!warning.column.isEmpty())
            err() << u" ("_s << warning.column << u')';
        err() << u": "_s << warning.code << u' ' << warning.parameter << u": "_s << warning.message << u'\n';
    }
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &name, int low, int high,
                             int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        err() << Cli::tr("soip campaign: --%1 takes a whole number from %2 to %3.\n").arg(name).arg(low).arg(high);
        return std::nullopt;
    }
    return value;
}

bool isTerminal()
{
#if defined(Q_OS_UNIX)
    return ::isatty(STDERR_FILENO) != 0;
#else
    return false;
#endif
}

// Runs the campaign's pending requests to the end or to Ctrl+C; returns the exit code.
int run(CampaignJournal &journal, const CampaignRecord &record, const Account &account, const QString &key,
        qsizetype invalidRows, bool resendUnknown = false)
{
    CampaignExecution execution(&journal, QFileInfo(SendHistory::defaultPath()).absolutePath());
    switch (execution.start(record.id, account, key, resendUnknown)) {
    case CampaignExecution::StartResult::Started:
        break;
    case CampaignExecution::StartResult::Locked:
    case CampaignExecution::StartResult::Busy:
        err() << Cli::tr("soip campaign: campaign %1 is being sent by another process; nothing was sent.\n")
                     .arg(record.id);
        return ExitInvalid;
    case CampaignExecution::StartResult::NoSuchCampaign:
        err() << Cli::tr("soip campaign resume: there is no campaign %1.\n").arg(record.id);
        return ExitInvalid;
    case CampaignExecution::StartResult::LockFailed:
        err() << u"soip campaign: "_s << execution.errorString() << u'\n';
        return ExitInvalid;
    }
    if (resendUnknown)
        err() << Cli::tr("soip campaign resume: sending %n unknown row(s) again, as asked.\n", nullptr,
                         execution.resentUnknown());
    else if (const int unknown = execution.recoveredUnknown(); unknown > 0)
        err() << Cli::tr("soip campaign: %n row(s) were in flight when the last run stopped; they are unknown "
                         "now and are not sent again.\n",
                         nullptr, unknown);

    const bool terminal = isTerminal();
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&execution, &CampaignExecution::progress, &execution, [&](int done, int total) {
        if (!terminal || total == 0)
            return;
        const double seconds = std::max<double>(0.001, clock.elapsed() / 1000.0);
        const double rate = done / seconds;
        const int eta = rate > 0 ? int((total - done) / rate) : 0;
        err() << u'\r'
              << Cli::tr("%1 / %2 requests, %3/s, about %4 s left")
                     .arg(done)
                     .arg(total)
                     .arg(rate, 0, 'f', 1)
                     .arg(eta)
              << Qt::flush;
    });
    QEventLoop loop;
    QObject::connect(&execution, &CampaignExecution::finished, &loop, &QEventLoop::quit);
    Interrupt interrupt([&execution] {
        if (execution.state() != CampaignExecution::State::Stopping)
            err() << Cli::tr("\nStopping: no new requests; waiting for those in flight...\n") << Qt::flush;
        execution.stop();
    });
    if (execution.isActive())
        loop.exec();
    if (terminal)
        err() << u'\n';

    const CampaignCounts counts = journal.counts(record.id);
    const bool open = counts.of(RowState::Pending) + counts.of(RowState::InFlight) > 0;
    if (!execution.fatalError().isEmpty())
        err() << u"soip campaign: "_s << execution.fatalError() << u'\n';
    printCounts(counts);
    if (open)
        err() << Cli::tr("Resume with: soip campaign resume %1\n").arg(record.id);
    if (counts.of(RowState::Unknown) > 0)
        err() << Cli::tr("Check the unknown rows with 'soip campaign report %1 --refresh-status' before sending "
                         "them again with --resend-unknown.\n")
                     .arg(record.id);
    if (!execution.fatalError().isEmpty() && counts.of(RowState::Accepted) == 0)
        return ExitInvalid;
    return campaignExitCode(counts, invalidRows);
}

int check(const QCommandLineParser &parser)
{
    Prepared prepared;
    if (!prepare(parser, u"check"_s, CampaignPlan::kDefaultBatch, &prepared))
        return ExitInvalid;
    const CampaignPlan &plan = prepared.plan;
    if (parser.isSet(u"json"_s)) {
        QJsonArray problems;
        for (const RowProblem &problem : plan.problems)
            problems.append(QJsonObject{{u"row"_s, problem.row},
                                        {u"column"_s, problem.column},
                                        {u"code"_s, problem.code},
                                        {u"parameter"_s, problem.parameter},
                                        {u"message"_s, problem.message}});
        out() << QJsonDocument(QJsonObject{{u"rows"_s, qint64(plan.rows)},
                                           {u"valid"_s, qint64(plan.valid)},
                                           {u"requests"_s, qint64(plan.requests.size())},
                                           {u"problems"_s, problems}})
                     .toJson(QJsonDocument::Compact)
              << u'\n';
    } else {
        out() << Cli::tr("%n row(s), ", nullptr, int(plan.rows)) << Cli::tr("%n valid, ", nullptr, int(plan.valid))
              << Cli::tr("%n request(s) to send.\n", nullptr, int(plan.requests.size()));
        printProblems(plan);
    }
    return plan.valid + plan.duplicates == plan.rows && plan.valid > 0 ? ExitOk : ExitInvalid;
}

int send(const QCommandLineParser &parser)
{
    const auto concurrency = intOption(parser, u"concurrency"_s, 1, CampaignRunner::kMaxConcurrency, 6);
    const auto batch = intOption(parser, u"batch"_s, 1, 10000, CampaignPlan::kDefaultBatch);
    const auto timeout = timeoutOption(parser, u"campaign"_s);
    double rate = 150;
    if (parser.isSet(u"rate"_s)) {
        bool ok = false;
        rate = parser.value(u"rate"_s).toDouble(&ok);
        if (!ok || rate < 0 || rate > 100000) {
            err() << Cli::tr("soip campaign: --rate takes a number of requests per second (0: no limit).\n");
            return ExitUsage;
        }
    }
    if (!concurrency || !batch || !timeout)
        return ExitUsage;
    Prepared prepared;
    if (!prepare(parser, u"send"_s, *batch, &prepared))
        return ExitInvalid;
    const CampaignPlan &plan = prepared.plan;
    printProblems(plan);
    if (plan.valid == 0) {
        err() << Cli::tr("soip campaign send: no row can be sent; nothing was sent.\n");
        return ExitInvalid;
    }

    NetSession session;
    bool usageError = false;
    const std::optional<Account> account = resolveAccount(parser, session.service(), u"campaign"_s, &usageError);
    if (!account)
        return usageError ? ExitUsage : ExitInvalid;
    if (parser.isSet(u"dry-run"_s)) {
        out() << Cli::tr("# Dry run: nothing was sent. %n request(s); the first ones:\n", nullptr,
                         int(plan.requests.size()));
        for (qsizetype i = 0; i < std::min<qsizetype>(3, plan.requests.size()); ++i) {
            Message message = MessageCodec::read(plan.requests.at(i).body).message;
            message.to = plan.requests.at(i).recipients.join(u',');
            out() << SoipRequest::httpText(*account, message) << u"\n\n"_s;
        }
        return plan.valid + plan.duplicates == plan.rows ? ExitOk : ExitRejected;
    }
    const KeyLookup key = SendService::wait(session.service().lookUpKey(*account));
    if (!key.found()) {
        err() << Cli::tr("soip campaign send: no API key, so nothing was sent.") << u' '
              << Cli::tr("Store the key with 'soip accounts add', or set the %1 environment variable.\n")
                     .arg(QString::fromLatin1(kKeyVariable));
        return ExitInvalid;
    }

    CampaignJournal journal;
    if (!openJournal(journal, u"send"_s))
        return ExitInvalid;
    CampaignLaunch launch;
    launch.name = parser.isSet(u"name"_s) ? parser.value(u"name"_s)
                                          : QFileInfo(parser.positionalArguments().at(2)).completeBaseName();
    launch.account = *account;
    launch.templateJson = prepared.templateJson;
    launch.sourcePath = parser.positionalArguments().at(2);
    launch.sourceSha256 = prepared.recipients.sha256;
    launch.options.concurrency = *concurrency;
    launch.options.rate = rate;
    launch.options.timeout = *timeout;
    launch.batch = *batch;
    const qsizetype invalidRows = plan.rows - plan.valid - plan.duplicates;
    launch.plan = std::move(prepared.plan);
    QString error;
    CampaignRecord record;
    record.id = CampaignExecution::create(journal, launch, &error);
    if (record.id.isEmpty()) {
        err() << u"soip campaign send: "_s << error << u'\n';
        return ExitInvalid;
    }
    out() << record.id << u'\n' << Qt::flush;
    return run(journal, record, *account, key.key, invalidRows);
}

int resume(const QCommandLineParser &parser)
{
    CampaignJournal journal;
    if (!openJournal(journal, u"resume"_s))
        return ExitInvalid;
    QString id = parser.positionalArguments().value(1);
    if (id.isEmpty())
        id = journal.latestInterrupted();
    const std::optional<CampaignRecord> record = journal.find(id);
    if (!record) {
        err() << (id.isEmpty() ? Cli::tr("soip campaign resume: there is no interrupted campaign.\n")
                               : Cli::tr("soip campaign resume: there is no campaign %1.\n").arg(id));
        return ExitInvalid;
    }
    NetSession session;
    Account account;
    if (!record->accountId.isEmpty()) {
        const std::optional<Account> saved = session.service().store().findById(record->accountId);
        if (!saved) {
            err() << Cli::tr("soip campaign resume: the account \"%1\" of this campaign no longer exists.\n")
                         .arg(record->accountName);
            return ExitInvalid;
        }
        account = *saved;
    } else {
        account.name = record->accountName;
        account.sid = record->sid;
        account.baseUrl = record->baseUrl;
    }
    const KeyLookup key = SendService::wait(session.service().lookUpKey(account));
    if (!key.found()) {
        err() << Cli::tr("soip campaign resume: no API key, so nothing was sent.") << u' '
              << Cli::tr("Store the key with 'soip accounts add', or set the %1 environment variable.\n")
                     .arg(QString::fromLatin1(kKeyVariable));
        return ExitInvalid;
    }
    // In-flight rows of a dead run are unknown first, then sent again like the others (under the
    // campaign's lock, so no other process has them in flight).
    return run(journal, *record, account, key.key, 0, parser.isSet(u"resend-unknown"_s));
}

} // namespace

int runCampaign(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (refusesKeyArgument(arguments, u"campaign"_s))
        return ExitUsage;
    if (action == u"list")
        return runCampaignList(arguments.mid(1));
    if (action == u"report")
        return runCampaignReport(arguments.mid(1));
    QCommandLineParser parser;
    addAccountOptions(parser);
    parser.addOption({u"phone-column"_s, Cli::tr("The column with the phone numbers."), Cli::tr("NAME")});
    parser.addOption({u"sheet"_s, Cli::tr("The sheet of a workbook."), Cli::tr("NAME")});
    parser.addOption({u"json"_s, Cli::tr("One JSON object.")});
    parser.addOption({u"name"_s, Cli::tr("The campaign's name."), Cli::tr("NAME")});
    parser.addOption({u"concurrency"_s, Cli::tr("Requests at once."), Cli::tr("N")});
    parser.addOption({u"rate"_s, Cli::tr("Requests per second."), Cli::tr("R")});
    parser.addOption({u"batch"_s, Cli::tr("Numbers per request."), Cli::tr("N")});
    parser.addOption({u"dry-run"_s, Cli::tr("Send nothing.")});
    parser.addOption({u"resend-unknown"_s, Cli::tr("Send the unknown rows again.")});
    if (!parser.parse(QStringList{u"soip campaign"_s} + arguments)) {
        err() << u"soip campaign: "_s << parser.errorText() << u"\n\n"_s << campaignHelp();
        return ExitUsage;
    }
    const qsizetype files = parser.positionalArguments().size() - 1;
    if ((action == u"check" || action == u"send") && files == 2)
        return action == u"check" ? check(parser) : send(parser);
    if (action == u"resume" && files <= 1)
        return resume(parser);
    err() << Cli::tr("soip campaign: say check, send, resume, list or report, with its files.\n\n")
          << campaignHelp();
    return ExitUsage;
}

} // namespace soip::cli
