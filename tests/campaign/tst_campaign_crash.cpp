// `soip campaign` as a real process against the sandbox in this test (127.0.0.1, with latency,
// dropped answers and a rate limit), killed with SIGKILL at random moments and resumed: no number
// may receive its message twice, and every row must end in one known state. Also Ctrl+C then
// resume, and 429 with Retry-After slowing the run without losing a row.

#include "sandbox/sandboxserver.h"
#include "smalldisk.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"campaign-secret-key-5d1c"_s;

// The sandbox of one test, keeping the log of every send it accepted (`--log` of soip sandbox).
struct LoggedSandbox {
    QBuffer log;
    SandboxServer server;
    LoggedSandbox()
    {
        log.open(QIODevice::ReadWrite);
        server.setApiKey(kKey);
        server.setRequestLog(&log);
    }
};

struct Run {
    int exitCode = -1;
    bool killed = false;
    QString out;
    QString err;
};

} // namespace

class TestCampaignCrash final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;

    QProcessEnvironment environment(const QString &home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"KALEYRA_API_KEY"_s, kKey);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        return env;
    }

    // Runs soip while this event loop serves the sandbox. With `killAfter` > 0 the process gets
    // SIGKILL when the sandbox has handled that many more send requests (an event, not a timer).
    Run soip(SandboxServer &sandbox, const QString &home, const QStringList &arguments, int killAfter = 0,
             bool interrupt = false)
    {
        QProcess process;
        process.setProcessEnvironment(environment(home));
        Run run;
        const int stopAt = sandbox.sendRequestCount() + killAfter;
        QMetaObject::Connection watch;
        if (killAfter > 0) {
            watch = connect(&sandbox, &SandboxServer::requestHandled, &process, [&] {
                if (sandbox.sendRequestCount() >= stopAt && process.state() == QProcess::Running && !run.killed) {
                    run.killed = true;
                    if (interrupt)
                        process.terminate(); // SIGTERM: handled as Ctrl+C
                    else
                        process.kill();
                }
            });
        }
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(SOIP_CLI_PATH), arguments);
        if (!process.waitForStarted() || !finished.wait(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        disconnect(watch);
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -9;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString writeRecipients(int rows)
    {
        const QString path = m_dir.filePath(u"customers-%1.csv"_s.arg(rows));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("name;mobile;order\r\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("Customer %1;91987650%2;A-%1\r\n").arg(i).arg(3000 + i).toUtf8());
        return path;
    }

    static QList<QJsonObject> jsonLines(const QByteArray &text)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : text.split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

    QJsonObject campaign(SandboxServer &sandbox, const QString &home)
    {
        const QList<QJsonObject> list =
            jsonLines(soip(sandbox, home, {u"campaign"_s, u"list"_s, u"--json"_s}).out.toUtf8());
        return list.isEmpty() ? QJsonObject() : list.first();
    }

    // Every accepted send the sandbox logged, by number: how often each number got a message.
    static QHash<QString, int> receivedBy(const QByteArray &log)
    {
        QHash<QString, int> received;
        for (const QJsonObject &line : jsonLines(log)) {
            for (const QJsonValue &number : line.value(u"to"_s).toArray())
                ++received[u"+"_s + number.toString()];
        }
        return received;
    }

    // The report agrees with what the sandbox saw, and nothing was received twice.
    void verifyRun(SandboxServer &sandbox, const QString &home, const QByteArray &log, int rows)
    {
        const QJsonObject summary = campaign(sandbox, home);
        QCOMPARE(summary.value(u"rows"_s).toInt(), rows);
        QCOMPARE(summary.value(u"pending"_s).toInt(), 0);
        const QHash<QString, int> received = receivedBy(log);
        for (auto it = received.cbegin(); it != received.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + u" received its message %1 times"_s.arg(it.value())));
        const QString id = summary.value(u"id"_s).toString();
        const QList<QJsonObject> report =
            jsonLines(soip(sandbox, home, {u"campaign"_s, u"report"_s, id, u"--json"_s}).out.toUtf8());
        QCOMPARE(report.size(), rows);
        const QStringList known = {u"accepted"_s, u"rejected"_s, u"not_sent"_s, u"unknown"_s};
        for (const QJsonObject &row : report) {
            const QString state = row.value(u"state"_s).toString();
            const QString to = row.value(u"to"_s).toString();
            QVERIFY2(known.contains(state), qPrintable(to + u" ended "_s + state));
            if (state == u"accepted")
                QVERIFY2(received.value(to) == 1, qPrintable(to + u" accepted but not received"_s));
            if (received.contains(to))
                QVERIFY2(state == u"accepted" || state == u"unknown",
                         qPrintable(to + u" was received but is "_s + state));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.json"_s);
        QFile file(m_template);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "{\"from\": \"SNSOIP\", \"type\": \"TXT\", \"body\": \"Dear {{name}}, order {{order}} is on its "
            "way\", \"campaign_name\": \"Diwali\"}");
    }

    void killedAtRandomMomentsAndResumed()
    {
        constexpr int kRows = 120;
        constexpr int kRounds = 12;
        const QString recipients = writeRecipients(kRows);
        QRandomGenerator random(20261201);
        for (int round = 0; round < kRounds; ++round) {
            const QString home = m_dir.filePath(u"home-kill-%1"_s.arg(round));
            LoggedSandbox logged;
            SandboxServer &sandbox = logged.server;
            sandbox.setLatency(std::chrono::milliseconds(int(random.bounded(2, 15))));
            sandbox.setDropFraction(0.05, quint32(round + 1));
            QVERIFY(sandbox.listen());
            const QStringList send = {u"campaign"_s, u"send"_s,       m_template,
                                      recipients,    u"--base-url"_s, sandbox.baseUrl().toString(),
                                      u"--sid"_s,    u"SANDBOX"_s,    u"--rate"_s,
                                      u"0"_s,        u"--timeout"_s,  u"5"_s};
            Run run = soip(sandbox, home, send, int(random.bounded(1, kRows)));
            QVERIFY2(run.killed || run.exitCode >= 0, qPrintable(run.err));
            // Resume, killing again now and then, until nothing is pending.
            for (int attempt = 0; attempt < 20; ++attempt) {
                const QJsonObject summary = campaign(sandbox, home);
                QVERIFY2(!summary.isEmpty(), "the campaign was not journalled before its first request");
                if (summary.value(u"pending"_s).toInt() == 0 && !run.killed)
                    break;
                const int killAfter = random.bounded(3) == 0 ? int(random.bounded(1, 30)) : 0;
                run = soip(sandbox, home, {u"campaign"_s, u"resume"_s}, killAfter);
                QVERIFY(run.killed || run.exitCode == 0 || run.exitCode == 3);
            }
            verifyRun(sandbox, home, logged.log.data(), kRows);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void ctrlCThenResume()
    {
        constexpr int kRows = 60;
        const QString home = m_dir.filePath(u"home-interrupt"_s);
        LoggedSandbox logged;
        SandboxServer &sandbox = logged.server;
        sandbox.setLatency(std::chrono::milliseconds(10));
        QVERIFY(sandbox.listen());
        const Run stopped = soip(sandbox, home,
                                 {u"campaign"_s, u"send"_s, m_template, writeRecipients(kRows), u"--base-url"_s,
                                  sandbox.baseUrl().toString(), u"--sid"_s, u"SANDBOX"_s, u"--rate"_s, u"0"_s},
                                 10, true);
        QCOMPARE(stopped.exitCode, 3);
        const QString id = stopped.out.trimmed();
        QVERIFY2(stopped.err.contains(u"soip campaign resume "_s + id), qPrintable(stopped.err));
        const QJsonObject half = campaign(sandbox, home);
        QVERIFY(half.value(u"pending"_s).toInt() > 0);
        QCOMPARE(half.value(u"unknown"_s).toInt(), 0); // the requests in flight were waited for
        // Nothing is left reserved: what the runner had lined up is pending again.
        QCOMPARE(half.value(u"accepted"_s).toInt() + half.value(u"pending"_s).toInt(), kRows);

        const Run resumed = soip(sandbox, home, {u"campaign"_s, u"resume"_s, id});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(campaign(sandbox, home).value(u"accepted"_s).toInt(), kRows);
        verifyRun(sandbox, home, logged.log.data(), kRows);
    }

    void rateLimitSlowsTheRunAndLosesNothing()
    {
        constexpr int kRows = 40;
        const QString home = m_dir.filePath(u"home-429"_s);
        LoggedSandbox logged;
        SandboxServer &sandbox = logged.server;
        sandbox.setRateLimit(15);
        QVERIFY(sandbox.listen());
        QStringList refusals;
        connect(&sandbox, &SandboxServer::requestHandled, this, [&refusals](const QString &line) {
            if (line.contains(u"-> 429"_s))
                refusals.append(line);
        });
        const Run run = soip(sandbox, home,
                             {u"campaign"_s, u"send"_s, m_template, writeRecipients(kRows), u"--base-url"_s,
                              sandbox.baseUrl().toString(), u"--sid"_s, u"SANDBOX"_s, u"--rate"_s, u"0"_s,
                              u"--concurrency"_s, u"12"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!refusals.isEmpty(), "the rate limit never answered 429");
        QCOMPARE(campaign(sandbox, home).value(u"accepted"_s).toInt(), kRows);
        verifyRun(sandbox, home, logged.log.data(), kRows);
    }

    // The disk under the journal fills up halfway through: the run stops by itself, says why and
    // how to resume, and once there is room again the resumed run sends no number twice.
    void aDiskThatFillsMidRunStopsTheRunResumably()
    {
        constexpr int kRows = 200;
        const QString home = m_dir.filePath(u"home-full"_s);
        SmallDisk disk(home + u"/data"_s, "size=4m");
        if (!disk.mounted())
            QSKIP(qPrintable(u"cannot mount a tmpfs here (%1)"_s.arg(disk.error())));
        LoggedSandbox logged;
        SandboxServer &sandbox = logged.server;
        sandbox.setLatency(std::chrono::milliseconds(5));
        QVERIFY(sandbox.listen());
        bool filled = false;
        connect(&sandbox, &SandboxServer::requestHandled, this, [&] {
            if (!filled && sandbox.sendRequestCount() >= 20)
                filled = disk.fill();
        });
        const Run stopped = soip(sandbox, home,
                                 {u"campaign"_s, u"send"_s, m_template, writeRecipients(kRows), u"--base-url"_s,
                                  sandbox.baseUrl().toString(), u"--sid"_s, u"SANDBOX"_s, u"--rate"_s, u"0"_s});
        QVERIFY(filled);
        QCOMPARE(stopped.exitCode, 3);
        QVERIFY2(stopped.err.contains("The campaign journal could not be written"_L1), qPrintable(stopped.err));
        const QString id = stopped.out.trimmed();
        QVERIFY2(stopped.err.contains(u"soip campaign resume "_s + id), qPrintable(stopped.err));
        QVERIFY2(sandbox.sendRequestCount() < kRows, "the run went on without its journal");

        disk.makeRoom();
        const Run resumed = soip(sandbox, home, {u"campaign"_s, u"resume"_s, id});
        QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 3, qPrintable(resumed.err));
        verifyRun(sandbox, home, logged.log.data(), kRows);
        // Only answers the full disk kept from being written can be unknown: at most one round of
        // requests in flight when it filled, and those that left while the run wound down.
        QVERIFY(campaign(sandbox, home).value(u"unknown"_s).toInt() <= 2 * 6);
    }

    void twoProcessesCannotRunOneCampaign()
    {
        const QString home = m_dir.filePath(u"home-lock"_s);
        SandboxServer sandbox;
        sandbox.setApiKey(kKey);
        sandbox.setLatency(std::chrono::milliseconds(100));
        QVERIFY(sandbox.listen());
        QProcess first;
        first.setProcessEnvironment(environment(home));
        QSignalSpy firstDone(&first, &QProcess::finished);
        first.start(QStringLiteral(SOIP_CLI_PATH),
                    {u"campaign"_s, u"send"_s, m_template, writeRecipients(20), u"--base-url"_s,
                     sandbox.baseUrl().toString(), u"--sid"_s, u"SANDBOX"_s, u"--concurrency"_s, u"1"_s});
        QVERIFY(first.waitForStarted());
        // Once the first process is sending, a second one on the same campaign is refused.
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.sendRequestCount() >= 2, 30000);
        const Run second = soip(sandbox, home, {u"campaign"_s, u"resume"_s});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"another process"_s), qPrintable(second.err));
        QVERIFY(firstDone.wait(60000));
        QCOMPARE(first.exitCode(), 0);
        QCOMPARE(sandbox.sendRequestCount(), 20);

        // The key is in no file the campaign wrote.
        QFile history(home + u"/data/SOIP Composer/soip-composer/history.sqlite"_s);
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(!history.readAll().contains(kKey.toUtf8()));
    }

    // More rows than one status query asks for (100 ids): every accepted row gets the status the
    // sandbox knows, and keeps it for the next report.
    void refreshStatusKeepsEveryRowsStatus()
    {
        constexpr int kRows = 130;
        const QString home = m_dir.filePath(u"home-status"_s);
        SandboxServer sandbox;
        sandbox.setApiKey(kKey);
        QVERIFY(sandbox.listen());
        const Run sent = soip(sandbox, home,
                              {u"campaign"_s, u"send"_s, m_template, writeRecipients(kRows), u"--base-url"_s,
                               sandbox.baseUrl().toString(), u"--sid"_s, u"SANDBOX"_s, u"--rate"_s, u"0"_s});
        QCOMPARE(sent.exitCode, 0);
        const QString id = sent.out.trimmed();
        const auto statuses = [&](const QStringList &options) {
            QStringList found;
            const Run report =
                soip(sandbox, home, QStringList{u"campaign"_s, u"report"_s, id, u"--json"_s} + options);
            for (const QJsonObject &row : jsonLines(report.out.toUtf8()))
                found << row.value(u"status"_s).toString();
            return found;
        };
        QStringList expected(kRows, QString());
        QCOMPARE(statuses({}), expected); // not asked yet
        const QStringList asked = statuses({u"--refresh-status"_s});
        QCOMPARE(asked.size(), kRows);
        QVERIFY2(!asked.contains(QString()), qPrintable(asked.join(u',')));
        QCOMPARE(statuses({}), asked);
    }
};

QTEST_GUILESS_MAIN(TestCampaignCrash)
#include "tst_campaign_crash.moc"
