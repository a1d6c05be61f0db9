// Campaign figures, side by side in one run (a benchmark, not a timed test):
//   1. a 1,000,000-row CSV (phone plus three variable columns, ~49 MiB): CsvReader next to Python's
//      csv.reader on the same file and next to the floor under any reader that hands out QStrings
//      (one memchr pass over the bytes, one UTF-8 decode of them); then reading plus checking every
//      number, as checkRecipient() and as RecipientNumbers (the app's way, with duplicates); peak
//      resident memory;
//   2. the journal's CPU time per row (reserved, leaving, then accepted, one row per request), as
//      the runner writes it at concurrency 6, next to the floor of one SQLite commit;
//   3. `soip campaign send` of personalised messages to `soip sandbox --latency-ms 20` at
//      concurrency 6 and 24 (no --rate limit), next to `curl --parallel --parallel-max 6` posting
//      the same bodies to the same sandbox.
//
//   build/<dir>/tests/bench/bench_campaign [ROWS] [MESSAGES]

#include "campaign/campaignplan.h"
#include "campaign/csvreader.h"
#include "campaign/recipientnumbers.h"
#include "net/oneshotbody.h"
#include "recipients/phonenumbercheck.h"
#include "sandboxprocess.h"
#include "storage/campaignjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <cstring>
#include <functional>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"bench-sandbox-key"_s; // the sandbox's own test key

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The least a journal that marks each request before it leaves can cost per request: one SQLite
// transaction changing one row, in WAL mode with synchronous=NORMAL as the journal's, no fsync.
double commitFloorMicroseconds(const QString &path, int commits)
{
    const QString connection = u"floor"_s;
    double perCommit = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QSqlQuery setup(db);
        if (!db.open() || !setup.exec(u"PRAGMA journal_mode=WAL"_s) ||
            !setup.exec(u"PRAGMA synchronous=NORMAL"_s) ||
            !setup.exec(u"CREATE TABLE t (k INTEGER PRIMARY KEY, v INTEGER)"_s) ||
            !setup.exec(u"INSERT INTO t VALUES (1, 0)"_s))
            return -1;
        QSqlQuery begin(db), update(db), commit(db);
        begin.prepare(u"BEGIN"_s);
        update.prepare(u"UPDATE t SET v = ? WHERE k = 1"_s);
        commit.prepare(u"COMMIT"_s);
        const double before = cpuSeconds(RUSAGE_SELF);
        for (int i = 0; i < commits; ++i) {
            update.bindValue(0, i);
            if (!begin.exec() || !update.exec() || !commit.exec())
                return -1;
        }
        perCommit = (cpuSeconds(RUSAGE_SELF) - before) / commits * 1e6;
    }
    QSqlDatabase::removeDatabase(connection);
    return perCommit;
}

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

QByteArray csv(int rows)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(rows) * 46);
    bytes += "phone,name,order,city\n";
    for (int i = 0; i < rows; ++i) {
        bytes += "9198765" + QByteArray::number(10000 + i % 90000) + ",Customer " + QByteArray::number(i) +
                 ",ORD-" + QByteArray::number(1000000 + i) + ",\"Pune, MH\"\n";
    }
    return bytes;
}

double runCampaign(const QString &dir, const QString &base, const QString &recipients, int concurrency, int round)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"KALEYRA_API_KEY"_s, kKey);
    env.insert(u"XDG_DATA_HOME"_s, dir + u"/data-%1-%2"_s.arg(concurrency).arg(round));
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(SOIP_CLI_PATH), {u"campaign"_s, u"send"_s, dir + u"/template.json"_s, recipients,
                                                  u"--base-url"_s, base, u"--sid"_s, u"SANDBOX"_s, u"--rate"_s,
                                                  u"0"_s, u"--concurrency"_s, QString::number(concurrency)});
    process.waitForFinished(-1);
    return process.exitCode() == 0 ? double(clock.nsecsElapsed()) / 1e9 : -1;
}

// The floor of the fixed stack: the same bodies posted by a bare QNetworkAccessManager, six at a
// time (a new one as each answer comes), with nothing else: no journal, no parsing, no checks.
// With oneShot, each body is a OneShotBody that Qt may not buffer, as HttpExchange sends it so
// that Qt cannot send a message again by itself when a kept-alive connection drops: the manager's
// HTTP thread then asks the main thread for the bytes, a round trip a QByteArray body does not make.
double bareManagerSeconds(const QString &base, const QList<QByteArray> &bodies, bool oneShot)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base + u"/v1/SANDBOX/messages/soip"_s));
    request.setRawHeader("api-key", kKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    qsizetype next = 0;
    qsizetype done = 0;
    QEventLoop loop;
    std::function<void()> post = [&] {
        QNetworkReply *reply = nullptr;
        if (oneShot) {
            QNetworkRequest unbuffered = request;
            unbuffered.setHeader(QNetworkRequest::ContentLengthHeader, bodies.at(next).size());
            unbuffered.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *body = new OneShotBody(bodies.at(next++));
            reply = manager.post(unbuffered, body);
            body->setParent(reply);
        } else {
            reply = manager.post(request, bodies.at(next++));
        }
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++done == bodies.size())
                loop.quit();
            else if (next < bodies.size())
                post();
        });
    };
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 6 && next < bodies.size(); ++i)
        post();
    loop.exec();
    return double(clock.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 && QByteArray(argv[1]).toInt() > 0 ? QByteArray(argv[1]).toInt() : 1000000;
    const int messages = argc > 2 && QByteArray(argv[2]).toInt() > 0 ? QByteArray(argv[2]).toInt() : 10000;
    QTextStream out(stdout);
    QTemporaryDir dir;

    // 1. Reading the file.
    const QByteArray bytes = csv(rows);
    const QString path = dir.filePath(u"customers.csv"_s);
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
    }
    double best = 1e9;
    qsizetype read = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        const CsvReader::Result result = CsvReader::read(bytes);
        best = std::min(best, double(clock.nsecsElapsed()) / 1e6);
        read = result.table ? result.table->rowCount() : -1;
    }
    // The floor: what no reader can avoid, timed the same way.
    double memchrBest = 1e9;
    double decodeBest = 1e9;
    qsizetype lines = 0;
    qsizetype units = 0;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer clock;
        clock.start();
        lines = 0;
        for (const char *p = bytes.constData(), *end = p + bytes.size();
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
            ++lines;
        memchrBest = std::min(memchrBest, double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(bytes);
        decodeBest = std::min(decodeBest, double(clock.nsecsElapsed()) / 1e6);
        units = text.size();
    }
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s,
                                u"import csv, sys, time\nbest = 1e9\nfor _ in range(3):\n    t = "
                                "time.perf_counter()\n    n = sum(1 for _ in csv.reader(open(sys.argv[1], "
                                "newline='', encoding='utf-8')))\n    best = min(best, time.perf_counter() - "
                                "t)\nprint(best * 1000)"_s,
                                path});
    python.waitForFinished(-1);
    const double pythonMs = python.readAllStandardOutput().trimmed().toDouble();
    out << "CSV of " << rows << " rows, " << bytes.size() / (1024 * 1024) << " MiB (best of 3)\n";
    out << "  CsvReader            " << QString::number(best, 'f', 1) << " ms (" << read << " rows)\n";
    out << "  Python csv.reader    " << QString::number(pythonMs, 'f', 1) << " ms\n";
    out << "  speed-up             " << QString::number(pythonMs / best, 'f', 2) << "x (target >= 5x)\n";
    out << "  floor: memchr \\n     " << QString::number(memchrBest, 'f', 1) << " ms (" << lines << " lines)\n";
    out << "  floor: UTF-8 decode  " << QString::number(decodeBest, 'f', 1) << " ms (" << units
        << " UTF-16 units; " << QString::number(pythonMs / decodeBest, 'f', 2) << "x Python)\n";
    {
        QElapsedTimer clock;
        clock.start();
        const CsvReader::Result result = CsvReader::read(bytes);
        const qsizetype phone = result.table->phoneColumn();
        int valid = 0;
        for (qsizetype row = 0; row < result.table->rowCount(); ++row)
            valid += PhoneNumberCheck::checkRecipient(result.table->cell(row, phone).toString()).valid ? 1 : 0;
        out << "  read + check numbers " << QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 1) << " ms ("
            << valid << " valid; target < 1000 ms)\n";
    }
    out << "  peak resident memory " << QString::number(peakMiB(), 'f', 0) << " MiB (target < 400)\n" << Qt::flush;
    // After the peak above: the app keeps every row's E.164 and each repeat, the reader does not.
    {
        QElapsedTimer clock;
        clock.start();
        const CsvReader::Result result = CsvReader::read(bytes);
        const RecipientNumbers numbers = RecipientNumbers::check(*result.table, result.table->phoneColumn());
        out << "  read + RecipientNumbers " << QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 1)
            << " ms (" << numbers.valid << " valid, " << numbers.duplicates.size() << " repeated)\n";
    }

    // 2. The journal's cost per row.
    {
        CampaignJournal journal;
        journal.open(dir.filePath(u"journal.sqlite"_s));
        CampaignPlan plan;
        const int journalRows = 5000;
        for (int i = 0; i < journalRows; ++i)
            plan.requests.append({"{}", {i + 2}, {u"+9198765%1"_s.arg(10000 + i)}});
        const QString id = journal.create(CampaignRecord(), plan);
        const double before = cpuSeconds(RUSAGE_SELF);
        // As the runner writes at concurrency 6, one answer at a time: each step records an answer
        // and lets the next request leave; every seventh also reserves the next seven, whose sync
        // to the disk (on the journal's worker thread, counted here too) is waited for.
        const int concurrency = 6;
        const int reserved = concurrency + 1; // CampaignRunner::pump: the one leaving, and a stock
        for (int seq = 0; seq < journalRows + concurrency; ++seq) {
            CampaignJournal::Step step;
            if (seq >= concurrency) {
                CampaignJournal::Outcome outcome;
                outcome.seq = seq - concurrency;
                outcome.state = RowState::Accepted;
                outcome.kid = u"kid"_s;
                outcome.echo = {{u"9198765%1"_s.arg(10000 + outcome.seq), u"kid:0"_s}};
                outcome.rows = 1;
                step.outcomes.append(outcome);
            }
            if (seq % reserved == 0) {
                for (int next = seq; next < std::min(seq + reserved, journalRows); ++next)
                    step.reserve.append(next);
            }
            if (seq < journalRows)
                step.launch.append(seq);
            journal.advanceUnsynced(id, step);
            if (!step.reserve.isEmpty()) {
                // As the runner waits: in its event loop (waitForSync would end the worker thread
                // each time, a cost the runner never has).
                QEventLoop synced;
                journal.syncReserved(&synced, [&synced](bool) { synced.quit(); });
                synced.exec();
            }
        }
        const double perRow = (cpuSeconds(RUSAGE_SELF) - before) / journalRows * 1e6;
        const double floor = commitFloorMicroseconds(dir.filePath(u"floor.sqlite"_s), journalRows);
        out << "Journal: " << QString::number(perRow, 'f', 1)
            << " us CPU per row (reserved 7 at a time and synced, left, accepted; target < 30)\n"
            << "  floor: one commit     " << QString::number(floor, 'f', 1)
            << " us CPU (BEGIN, UPDATE of one row, COMMIT; each request's mark before it leaves needs one)\n"
            << Qt::flush;
    }

    // 3. Sending.
    QFile templateFile(dir.filePath(u"template.json"_s));
    templateFile.open(QIODevice::WriteOnly);
    templateFile.write(
        "{\"from\": \"SNSOIP\", \"type\": \"TXT\", \"route\": \"TXN\", \"body\": \"Dear {{name}}, order "
        "{{order}} has shipped\"}");
    templateFile.close();
    const QString recipients = dir.filePath(u"send.csv"_s);
    QFile small(recipients);
    small.open(QIODevice::WriteOnly);
    small.write(csv(messages));
    small.close();
    QProcess sandbox;
    const quint16 port = startSandboxProcess(sandbox, kKey, {u"--latency-ms"_s, u"20"_s});
    if (port == 0) {
        out << "bench_campaign: the sandbox did not start\n";
        return 1;
    }
    const QString base = u"http://127.0.0.1:%1"_s.arg(port);
    // The same bodies for curl, from the plan the campaign makes.
    const QJsonObject message =
        QJsonDocument::fromJson(QByteArray("{\"from\": \"SNSOIP\", \"type\": \"TXT\", "
                                           "\"route\": \"TXN\", \"body\": \"Dear {{name}}, "
                                           "order {{order}} has shipped\"}"))
            .object();
    const CampaignPlan plan = CampaignPlan::build(message, *CsvReader::read(csv(messages)).table);
    QFile config(dir.filePath(u"curl.conf"_s));
    config.open(QIODevice::WriteOnly);
    QList<QByteArray> bodies;
    for (qsizetype i = 0; i < plan.requests.size(); ++i) {
        QJsonObject body = QJsonDocument::fromJson(plan.requests.at(i).body).object();
        body.insert(u"to"_s, plan.requests.at(i).recipients.first());
        bodies.append(QJsonDocument(body).toJson(QJsonDocument::Compact));
        const QString file = dir.filePath(u"body-%1.json"_s.arg(i));
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(body).toJson(QJsonDocument::Compact));
        config.write((u"next\nurl = \""_s + base + u"/v1/SANDBOX/messages/soip\"\nheader = \"api-key: "_s + kKey +
                      u"\"\nheader = \"Content-Type: application/json\"\ndata-binary = \"@"_s + file +
                      u"\"\noutput = /dev/null\nwrite-out = \"%{http_code}\\n\"\n"_s)
                         .toUtf8());
    }
    config.close();
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(u"curl"_s,
               {u"--silent"_s, u"--parallel"_s, u"--parallel-max"_s, u"6"_s, u"--config"_s, config.fileName()});
    curl.waitForFinished(-1);
    const double curlSeconds = double(clock.nsecsElapsed()) / 1e9;
    const int curlOk = int(curl.readAllStandardOutput().count("200"));
    const double bare = bareManagerSeconds(base, bodies, false);
    const double bareOneShot = bareManagerSeconds(base, bodies, true);
    const double at6 = runCampaign(dir.path(), base, recipients, 6, 0);
    const double at24 = runCampaign(dir.path(), base, recipients, 24, 0);
    const auto rate = [messages](double seconds) { return seconds > 0 ? messages / seconds : 0.0; };
    out << messages << " personalised messages to the sandbox with --latency-ms 20\n";
    out << "  curl --parallel-max 6        " << QString::number(rate(curlSeconds), 'f', 0) << " msg/s (" << curlOk
        << " accepted)\n";
    out << "  bare QNetworkAccessManager, 6 " << QString::number(rate(bare), 'f', 0) << " msg/s ("
        << QString::number(rate(bare) / rate(curlSeconds), 'f', 2) << "x curl)\n";
    out << "  the same, one-shot bodies     " << QString::number(rate(bareOneShot), 'f', 0) << " msg/s ("
        << QString::number(rate(bareOneShot) / rate(curlSeconds), 'f', 2)
        << "x curl: the floor for a body never sent twice)\n";
    out << "  soip campaign, concurrency 6  " << QString::number(rate(at6), 'f', 0) << " msg/s ("
        << QString::number(rate(at6) / rate(curlSeconds), 'f', 2) << "x curl, "
        << QString::number(rate(at6) / rate(bareOneShot), 'f', 2) << "x that floor; target >= 0.95x curl)\n";
    out << "  soip campaign, concurrency 24 " << QString::number(rate(at24), 'f', 0) << " msg/s ("
        << QString::number(rate(at24) / rate(at6), 'f', 2) << "x its rate at 6; target >= 3.5x)\n";
    sandbox.terminate();
    sandbox.waitForFinished();
    return 0;
}
