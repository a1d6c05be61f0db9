// `soip send`, `status`, `accounts` and `sandbox` run as real processes against servers this test
// starts on 127.0.0.1: exit codes, what is printed, exactly one POST per send, and never the key.

#include "../net/misbehavingserver.h"
#include "sandbox/sandboxserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;
using Mode = MisbehavingServer::Mode;

namespace {

const QString kKey = u"cli-secret-key-93e1b7"_s;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

} // namespace

class TestCliNet final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_message;

    QProcessEnvironment environment(const QString &key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"KALEYRA_API_KEY"_s);
        if (!key.isEmpty())
            env.insert(u"KALEYRA_API_KEY"_s, key);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        return env;
    }

    // Runs soip while this process's event loop keeps serving the in-process servers.
    Run soip(const QStringList &arguments, const QString &key = kKey, const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(key));
        process.start(QStringLiteral(SOIP_CLI_PATH), arguments);
        if (!process.waitForStarted())
            return {};
        process.write(input);
        process.closeWriteChannel();
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeMessage(const QString &name, const QString &to)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QJsonDocument(QJsonObject{{u"to"_s, to},
                                             {u"from"_s, u"SNSOIP"_s},
                                             {u"body"_s, u"Your order has shipped"_s},
                                             {u"type"_s, u"TXT"_s}})
                       .toJson());
        return path;
    }

    // Every file under the test home, concatenated: settings and anything else soip wrote.
    QByteArray everythingWritten() const
    {
        QByteArray all;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(QStringLiteral(SOIP_CLI_PATH)));
        m_message = writeMessage(u"message.json"_s, u"919876543210"_s);
    }

    void sendToTheSandboxAndAskForStatus()
    {
        SandboxServer sandbox;
        sandbox.setApiKey(kKey);
        sandbox.setStatusStep(std::chrono::milliseconds(100));
        qint64 nowMs = 0;
        sandbox.setClock([&nowMs] { return nowMs; });
        QVERIFY(sandbox.listen());
        const QString base = sandbox.baseUrl().toString();
        const Run sent = soip({u"send"_s, m_message, u"--base-url"_s, base, u"--sid"_s, u"SANDBOX"_s});
        QCOMPARE(sent.exitCode, 0);
        QVERIFY2(sent.out.contains(u"kid"_s), qPrintable(sent.all()));
        const QRegularExpression idPattern(u"message id (\\S+:0)"_s);
        const QRegularExpressionMatch match = idPattern.match(sent.out);
        QVERIFY(match.hasMatch());
        QVERIFY(!sent.all().contains(kKey));
        QCOMPARE(sandbox.sendRequestCount(), 1);

        QVERIFY2(sent.out.contains(u"KALEYRA_API_KEY set, as for this send"_s), qPrintable(sent.out));

        // Run as the send line suggests, but without the key that was given only to the send.
        const Run noKey =
            soip({u"status"_s, u"--base-url"_s, base, u"--sid"_s, u"SANDBOX"_s, match.captured(1)}, QString());
        QCOMPARE(noKey.exitCode, 1);
        QVERIFY2(noKey.err.contains(u"delivery status could not be asked"_s), qPrintable(noKey.err));
        QVERIFY2(noKey.err.contains(u"KALEYRA_API_KEY=... soip status"_s), qPrintable(noKey.err));
        QVERIFY(!noKey.err.contains(u"nothing was sent"_s));

        nowMs += 250;
        const Run status = soip({u"status"_s, u"--base-url"_s, base, u"--sid"_s, u"SANDBOX"_s, match.captured(1)});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains(u"DELIVRD"_s), qPrintable(status.all()));
        QVERIFY(!status.all().contains(kKey));

        const Run wrongKey =
            soip({u"send"_s, m_message, u"--base-url"_s, base, u"--sid"_s, u"SANDBOX"_s}, u"not-the-key"_s);
        QCOMPARE(wrongKey.exitCode, 2);
        QVERIFY(wrongKey.err.contains(u"key"_s));
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("accepted") << int(Mode::Accepted) << 0 << u"k-1:0"_s;
        QTest::newRow("html 500") << int(Mode::Html500) << 3 << u"HTTP 500"_s;
        QTest::newRow("truncated json") << int(Mode::TruncatedJson) << 3 << u"delivery status"_s;
        QTest::newRow("401") << int(Mode::Unauthorized) << 2 << u"API key refused"_s;
        QTest::newRow("429") << int(Mode::RateLimited) << 2 << u"17"_s;
        QTest::newRow("400") << int(Mode::Rejected) << 2 << u"E750"_s;
        QTest::newRow("reset") << int(Mode::Reset) << 3 << u"delivery status"_s;
        QTest::newRow("never answers") << int(Mode::Silent) << 3 << u"delivery status"_s;
        QTest::newRow("slow drip") << int(Mode::SlowDrip) << 3 << u"delivery status"_s;
    }

    void outcomes()
    {
        QFETCH(int, mode);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        MisbehavingServer server{Mode(mode)};
        QVERIFY(server.start());
        const Run run = soip({u"send"_s, m_message, u"--base-url"_s, server.baseUrl(), u"--sid"_s, u"HX1"_s,
                              u"--timeout"_s, u"1"_s});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.all().contains(says), qPrintable(run.all()));
        QVERIFY(!run.all().contains(kKey));
        QTest::qWait(300);
        QCOMPARE(server.postCount(), 1);
    }

    void dryRunSendsNothingAndHidesTheKey()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        const Run run =
            soip({u"send"_s, u"--dry-run"_s, m_message, u"--base-url"_s, server.baseUrl(), u"--sid"_s, u"HX1"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"POST /v1/HX1/messages/soip HTTP/1.1"_s));
        QVERIFY(run.out.contains(u"api-key: $KALEYRA_API_KEY"_s));
        QVERIFY(run.out.contains(u"curl "_s));
        QVERIFY(run.out.contains(u"\"to\":\"919876543210\""_s));
        QVERIFY(!run.all().contains(kKey));
        QTest::qWait(200);
        QCOMPARE(server.requestCount(), 0);
    }

    void refusesWhatMustNotBeSent()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        const QStringList target = {u"--base-url"_s, server.baseUrl(), u"--sid"_s, u"HX1"_s};

        Run run = soip(QStringList{u"send"_s, m_message, u"--api-key"_s, kKey} + target);
        QCOMPARE(run.exitCode, 64);
        QVERIFY(run.err.contains(u"never given on the command line"_s));

        run = soip({u"send"_s, m_message, u"--base-url"_s, u"http://api.example.invalid"_s, u"--sid"_s, u"HX1"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"https"_s));

        run = soip(QStringList{u"send"_s, writeMessage(u"empty.json"_s, QString())} + target);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"E750"_s));

        run = soip(QStringList{u"send"_s, m_message} + target, QString());
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"KALEYRA_API_KEY"_s));

        run = soip({u"send"_s, m_message, u"--account"_s, u"nobody"_s});
        QCOMPARE(run.exitCode, 1);

        QTest::qWait(200);
        QCOMPARE(server.requestCount(), 0);
    }

    void accountsKeepTheKeyInTheKeychain()
    {
        SandboxServer sandbox;
        sandbox.setApiKey(kKey);
        QVERIFY(sandbox.listen());
        const QStringList add = {u"accounts"_s,
                                 u"add"_s,
                                 u"QA"_s,
                                 u"--sid"_s,
                                 u"SANDBOX"_s,
                                 u"--base-url"_s,
                                 sandbox.baseUrl().toString(),
                                 u"--sender"_s,
                                 u"SNSOIP"_s};
        Run run = soip(add, QString(), kKey.toUtf8() + '\n');
        const bool haveKeychain = !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
        if (!haveKeychain) {
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.err.contains(u"keychain"_s));
            run = soip(add + QStringList{u"--no-key"_s}, QString());
        }
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(!run.all().contains(kKey));

        run = soip({u"accounts"_s, u"list"_s}, QString());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"QA"_s));
        QVERIFY(run.out.contains(haveKeychain ? u"key in keychain"_s : u"keychain unavailable"_s));

        // The default account (the only one), with the key from the keychain or the environment.
        run = soip({u"send"_s, m_message}, haveKeychain ? QString() : kKey);
        QVERIFY2(run.exitCode == 0, qPrintable(run.all()));
        QVERIFY(run.out.contains(u"--account \"QA\""_s));
        QVERIFY(!run.all().contains(kKey));
        QVERIFY(!everythingWritten().contains(kKey.toUtf8()));
        QVERIFY(everythingWritten().contains("SANDBOX"));
        QVERIFY(QFile::exists(m_home.filePath(u"data/SOIP Composer/soip-composer/history.sqlite"_s)));

        run = soip({u"accounts"_s, u"add"_s, u"QA"_s, u"--sid"_s, u"X"_s, u"--no-key"_s}, QString());
        QCOMPARE(run.exitCode, 1);
        run = soip({u"accounts"_s, u"remove"_s, u"QA"_s}, QString());
        QCOMPARE(run.exitCode, 0);
        run = soip({u"accounts"_s, u"list"_s}, QString());
        QVERIFY(run.out.contains(u"No accounts"_s));
    }

    void sandboxRunsInTheForeground()
    {
        QProcess process;
        process.setProcessEnvironment(environment(QString()));
        process.start(QStringLiteral(SOIP_CLI_PATH), {u"sandbox"_s, u"--api-key"_s, u"qa-key"_s});
        QVERIFY(process.waitForStarted());
        QString banner;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += QString::fromUtf8(process.readAllStandardOutput())).contains(u"Ctrl+C"_s), 10000);
        const QRegularExpressionMatch url = QRegularExpression(u"(http://127\\.0\\.0\\.1:\\d+)"_s).match(banner);
        QVERIFY(url.hasMatch());
        QVERIFY(banner.contains(u"qa-key"_s));

        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(url.captured(1) + u"/v1/ANY/messages/soip"_s));
        request.setRawHeader("api-key", "qa-key");
        request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = manager.post(request, QByteArray("{\"to\":\"919876543210\",\"from\":\"SNSOIP\","
                                                                "\"body\":\"Hi\",\"type\":\"TXT\"}"));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(QJsonDocument::fromJson(reply->readAll()).object().contains(u"kid"_s));

        process.terminate(); // SIGTERM, handled like Ctrl+C
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(u"stopped"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliNet)
#include "tst_cli_net.moc"
