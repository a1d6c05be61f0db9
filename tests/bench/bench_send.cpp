// Sends 2,000 messages to the sandbox through SoipClient at its normal concurrency (the six
// connections per host QNetworkAccessManager opens), and the same payloads with
// `curl --parallel --parallel-max 6`, in one run; prints both rates and their ratio.
//
// The sandbox runs as its own process (`soip sandbox`), so both clients meet the same server and
// neither shares a process with it. Each client runs three rounds, alternating, and the median
// round counts: the machine this runs on is often busy. CPU time per message is printed too, as
// it depends far less on what else the machine is doing.
//
//   build/<dir>/tests/bench/bench_send [COUNT] [--client-only]

#include "net/soipclient.h"
#include "net/soiprequest.h"
#include "sandbox/sandboxserver.h"
#include "sandboxprocess.h"
#include "validation/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

constexpr int kConcurrency = 6; // QNetworkAccessManager's connections per host
constexpr int kRounds = 3;
const QString kSandboxKey = u"bench-sandbox-key"_s; // the sandbox's own test key, not a real one

struct Round {
    double seconds = 0;
    double cpuSeconds = 0;
    int accepted = 0;
};

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QList<Message> payloads(int count)
{
    QList<Message> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        Message message;
        message.to = u"91987654%1"_s.arg(i % 10000, 4, 10, QChar(u'0'));
        message.from = u"SNSOIP"_s;
        message.body = u"Benchmark message %1: your order has shipped."_s.arg(i);
        message.type = u"TXT"_s;
        message.route = u"TXN"_s;
        list.append(message);
    }
    return list;
}

Round runClient(const Account &account, const QList<Message> &messages, int round)
{
    QNetworkAccessManager manager;
    SoipClient client(&manager);
    client.setTimeout(std::chrono::minutes(5));
    Round result;
    int done = 0;
    QEventLoop loop;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    // Everything at once: the client keeps its connections busy and queues the rest. Bodies differ
    // per round so the client's duplicate guard never sees the same send twice.
    for (const Message &original : messages) {
        Message message = original;
        message.campaignName = u"round %1"_s.arg(round);
        SendJob *job = client.send(account, kSandboxKey, message);
        QObject::connect(job, &SendJob::finished, &loop, [&](const SendOutcome &outcome) {
            result.accepted += outcome.isAccepted() ? 1 : 0;
            if (++done == messages.size())
                loop.quit();
        });
    }
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    return result;
}

// The floor under SoipClient: the same requests through the same QNetworkAccessManager with
// nothing of ours around them (no validation, no jobs, no one-shot body, no deadline), six in
// flight. What the client costs above this is ours; this row against curl is Qt's HTTP stack.
Round runBareManager(const Account &account, const QList<Message> &messages)
{
    QNetworkAccessManager manager;
    const QNetworkRequest request = SoipRequest::sendRequest(account, kSandboxKey);
    QList<QByteArray> bodies;
    bodies.reserve(messages.size());
    for (const Message &message : messages)
        bodies.append(SoipRequest::body(message));
    Round result;
    qsizetype next = 0;
    int done = 0;
    QEventLoop loop;
    std::function<void()> postNext = [&] {
        if (next >= bodies.size())
            return;
        QNetworkReply *reply = manager.post(request, bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            result.accepted += reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200 ? 1 : 0;
            reply->deleteLater();
            if (++done == bodies.size())
                loop.quit();
            postNext();
        });
    };
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kConcurrency; ++i)
        postNext();
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.cpuSeconds = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    return result;
}

Round runCurl(const QString &curl, const QString &config)
{
    Round result;
    QProcess process;
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer clock;
    clock.start();
    process.start(curl, {u"--silent"_s, u"--show-error"_s, u"--parallel"_s, u"--parallel-max"_s,
                         QString::number(kConcurrency), u"--config"_s, config});
    process.waitForFinished(-1);
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    result.cpuSeconds = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    const QList<QByteArray> codes = process.readAllStandardOutput().split('\n');
    result.accepted = int(std::count(codes.cbegin(), codes.cend(), QByteArray("200")));
    return result;
}

Round median(QList<Round> rounds)
{
    std::sort(rounds.begin(), rounds.end(), [](const Round &a, const Round &b) { return a.seconds < b.seconds; });
    return rounds.at(rounds.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 && QByteArray(argv[1]).toInt() > 0 ? QByteArray(argv[1]).toInt() : 2000;
    const bool clientOnly = app.arguments().contains(u"--client-only"_s);
    QTextStream out(stdout);

    QProcess sandbox;
    const quint16 port = startSandboxProcess(sandbox, kSandboxKey);
    if (port == 0) {
        out << "bench_send: the sandbox did not start\n";
        return 1;
    }
    Account account;
    account.name = u"Sandbox"_s;
    account.sid = SandboxServer::sandboxSid();
    account.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    account.kind = AccountKind::Sandbox;
    const QList<Message> messages = payloads(count);

    // curl's requests: one config file (the key stays out of argv), one body file per message.
    QTemporaryDir dir;
    const QString config = dir.filePath(u"curl.cfg"_s);
    const QString curl = clientOnly ? QString() : QStandardPaths::findExecutable(u"curl"_s);
    if (!curl.isEmpty()) {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        const QByteArray url = SoipRequest::sendUrl(account).toEncoded();
        for (int i = 0; i < count; ++i) {
            const QString payload = dir.filePath(u"p%1.json"_s.arg(i));
            QFile body(payload);
            if (!body.open(QIODevice::WriteOnly))
                return 1;
            body.write(SoipRequest::body(messages.at(i)));
            body.close();
            file.write("url = \"" + url + "\"\n");
            file.write("header = \"api-key: " + kSandboxKey.toUtf8() + "\"\n");
            file.write("header = \"Content-Type: application/json\"\n");
            file.write("header = \"Accept: application/json\"\n");
            file.write("header = \"User-Agent: " + SoipRequest::userAgent() + "\"\n");
            file.write("data-binary = \"@" + payload.toUtf8() + "\"\n");
            file.write("output = \"/dev/null\"\n");
            file.write("write-out = \"%{http_code}\\n\"\n");
            if (i + 1 < count)
                file.write("next\n");
        }
    } else if (!clientOnly) {
        out << "bench_send: curl is not installed; client numbers only\n";
    }

    // What the client does per message before Qt takes over: validate, encode, build the request.
    QElapsedTimer prepClock;
    prepClock.start();
    qsizetype sink = 0;
    for (const Message &message : messages) {
        sink += Validator::validate(message).size();
        sink += SoipRequest::body(message).size();
        sink += SoipRequest::sendRequest(account, kSandboxKey).rawHeaderList().size();
    }
    const double prepMicros = double(prepClock.nsecsElapsed()) / 1e3 / count;

    QList<Round> clientRounds;
    QList<Round> bareRounds;
    QList<Round> curlRounds;
    for (int round = 0; round < kRounds; ++round) {
        clientRounds.append(runClient(account, messages, round));
        bareRounds.append(runBareManager(account, messages));
        if (!curl.isEmpty())
            curlRounds.append(runCurl(curl, config));
    }

    auto line = [&](const char *name, const Round &round) {
        out << name << round.accepted << "/" << count << " accepted, " << QString::number(round.seconds, 'f', 3)
            << " s = " << QString::number(count / round.seconds, 'f', 0) << " messages/s, CPU "
            << QString::number(round.cpuSeconds * 1e6 / count, 'f', 0) << " us/message\n";
    };
    out << "messages: " << count << ", concurrency " << kConcurrency << ", median of " << kRounds << " rounds\n";
    for (int i = 0; i < clientRounds.size(); ++i) {
        line("  round SoipClient:      ", clientRounds.at(i));
        line("  round bare QNAM:       ", bareRounds.at(i));
        if (i < curlRounds.size())
            line("  round curl --parallel: ", curlRounds.at(i));
    }
    out << "  (of the client's CPU, " << QString::number(prepMicros, 'f', 0)
        << " us/message is validating and encoding; " << (sink > 0 ? "the rest is Qt's HTTP stack)\n" : ")\n");
    const Round client = median(clientRounds);
    line("SoipClient:      ", client);
    const Round bare = median(bareRounds);
    line("bare QNAM:       ", bare);
    bool ok = client.accepted == count && bare.accepted == count;
    if (!curlRounds.isEmpty()) {
        const Round viaCurl = median(curlRounds);
        line("curl --parallel: ", viaCurl);
        out << "client / curl rate ratio: " << QString::number(viaCurl.seconds / client.seconds, 'f', 2)
            << ", CPU per message ratio: " << QString::number(client.cpuSeconds / viaCurl.cpuSeconds, 'f', 2)
            << "\n";
        out << "bare QNAM / curl rate ratio: " << QString::number(viaCurl.seconds / bare.seconds, 'f', 2)
            << " (QNetworkAccessManager with nothing of ours around it)\n";
        ok = ok && viaCurl.accepted == count;
    }
    out.flush();

    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return ok ? 0 : 1;
}
