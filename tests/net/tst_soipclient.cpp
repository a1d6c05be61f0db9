// The client against real loopback HTTP: the sandbox, and a server that misbehaves in every way
// the issue lists. Each case checks the outcome a person sees and that exactly one POST arrived.

#include "misbehavingserver.h"
#include "net/endpointpolicy.h"
#include "net/soipclient.h"
#include "net/soiprequest.h"
#include "net/statusclient.h"
#include "sandbox/sandboxserver.h"
#include "soipversion.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;
using Mode = MisbehavingServer::Mode;
using Kind = SendOutcome::Kind;

namespace {

const QString kKey = u"test-key-5f3a9c"_s;

Message textMessage(const QString &to = u"919876543210"_s)
{
    Message message;
    message.to = to;
    message.from = u"SNSOIP"_s;
    message.body = u"Your order has shipped"_s;
    message.type = u"TXT"_s;
    message.route = u"TXN"_s;
    return message;
}

Account accountAt(const QString &baseUrl)
{
    Account account;
    account.id = u"test"_s;
    account.name = u"Test"_s;
    account.sid = u"HX0TEST071US"_s;
    account.baseUrl = QUrl(baseUrl);
    return account;
}

SendOutcome sendAndWait(SoipClient &client, const Account &account, const Message &message,
                        const QString &key = kKey)
{
    SendJob *job = client.send(account, key, message);
    QSignalSpy spy(job, &SendJob::finished);
    if (!spy.wait(20000))
        return SendOutcome::notSent(SendOutcome::NotSentReason::None, u"test: no finished signal"_s);
    return spy.first().first().value<SendOutcome>();
}

// A TLS server with a self-signed certificate, counting bytes of HTTP that get through.
class SelfSignedServer final : public QTcpServer {
public:
    QSslCertificate certificate;
    QSslKey key;
    QByteArray received;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setLocalCertificate(certificate);
        socket->setPrivateKey(key);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
        socket->startServerEncryption();
    }
};

} // namespace

class TestSoipClient final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<SendOutcome>(); }

    void acceptedBySandboxAndStatusProgresses()
    {
        SandboxServer sandbox;
        sandbox.setStatusStep(std::chrono::milliseconds(150));
        qint64 nowMs = 0;
        sandbox.setClock([&nowMs] { return nowMs; });
        QVERIFY(sandbox.listen());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const SendOutcome outcome = sendAndWait(client, sandbox.account(),
                                                textMessage(u"+91 98765 43210, 919876500206"_s), sandbox.apiKey());
        QCOMPARE(outcome.kind, Kind::Accepted);
        QVERIFY(!outcome.kid.isEmpty());
        QCOMPARE(outcome.recipients.size(), 2);
        QCOMPARE(outcome.recipients.at(0).messageId, outcome.kid + u":0"_s);
        QCOMPARE(outcome.recipients.at(0).recipient, u"919876543210"_s);
        QCOMPARE(outcome.recipients.at(1).recipient, u"919876500206"_s);
        QVERIFY(!outcome.explanation().isEmpty());
        QCOMPARE(sandbox.sendRequestCount(), 1);

        StatusClient status(&manager);
        const QStringList ids = {outcome.recipients.at(0).messageId, outcome.recipients.at(1).messageId};
        auto query = [&] {
            StatusJob *job = status.query(sandbox.account(), sandbox.apiKey(), ids);
            QSignalSpy spy(job, &StatusJob::finished);
            spy.wait(5000);
            return spy.isEmpty() ? StatusOutcome() : spy.first().first().value<StatusOutcome>();
        };
        StatusOutcome first = query();
        QCOMPARE(first.kind, StatusOutcome::Kind::Ok);
        QCOMPARE(first.statuses.size(), 2);
        QCOMPARE(first.statuses.at(0).code, DeliveryStatus::kPending);
        nowMs += 400;
        StatusOutcome later = query();
        QCOMPARE(later.statuses.at(0).status, u"DELIVRD"_s);
        QCOMPARE(later.statuses.at(0).code, 0);
        QCOMPARE(later.statuses.at(1).status, u"OFFLINE"_s);
        QCOMPARE(later.statuses.at(1).code, 6);
        QCOMPARE(later.statuses.at(1).recipient, u"919876500206"_s);
        QVERIFY(later.statuses.at(1).explanation().contains(u"not reachable"_s));
    }

    void sandboxRejectionsAreDistinct_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("capability") << u"919876500101"_s << u"CAPABILITY-CHECK-ERROR"_s;
        QTest::newRow("credits") << u"919876500102"_s << u"NO-CREDITS"_s;
        QTest::newRow("not allowed") << u"919876500103"_s << u"MOB-NOTALLOWED"_s;
        QTest::newRow("invalid") << u"919876500104"_s << u"INV-NUMBER"_s;
    }

    void sandboxRejectionsAreDistinct()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        SandboxServer sandbox;
        QVERIFY(sandbox.listen());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const SendOutcome outcome = sendAndWait(client, sandbox.account(), textMessage(number), sandbox.apiKey());
        QCOMPARE(outcome.kind, Kind::Rejected);
        QCOMPARE(outcome.vendorError.code, code);
        QCOMPARE(outcome.fieldToFix(), u"to"_s);
        QVERIFY(outcome.explanation().contains(VendorError::explain(code)));
        QVERIFY(!VendorError::explain(code).isEmpty());
    }

    void misbehavingServer_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("timeoutMs");
        QTest::newRow("accepted") << int(Mode::Accepted) << int(Kind::Accepted) << 5000;
        QTest::newRow("html 500") << int(Mode::Html500) << int(Kind::ServerError) << 5000;
        QTest::newRow("truncated json") << int(Mode::TruncatedJson) << int(Kind::Unknown) << 5000;
        QTest::newRow("cut mid body") << int(Mode::CutMidBody) << int(Kind::Unknown) << 5000;
        QTest::newRow("401") << int(Mode::Unauthorized) << int(Kind::KeyRefused) << 5000;
        QTest::newRow("403") << int(Mode::Forbidden) << int(Kind::KeyRefused) << 5000;
        QTest::newRow("429") << int(Mode::RateLimited) << int(Kind::RateLimited) << 5000;
        QTest::newRow("400 vendor error") << int(Mode::Rejected) << int(Kind::Rejected) << 5000;
        QTest::newRow("redirect") << int(Mode::Redirect) << int(Kind::ServerError) << 5000;
        QTest::newRow("connection reset") << int(Mode::Reset) << int(Kind::Unknown) << 5000;
        QTest::newRow("never answers") << int(Mode::Silent) << int(Kind::Unknown) << 700;
        QTest::newRow("slow drip") << int(Mode::SlowDrip) << int(Kind::Unknown) << 900;
    }

    void misbehavingServer()
    {
        QFETCH(int, mode);
        QFETCH(int, kind);
        QFETCH(int, timeoutMs);
        MisbehavingServer server{Mode(mode)};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        client.setTimeout(std::chrono::milliseconds(timeoutMs));
        QElapsedTimer clock;
        clock.start();
        const SendOutcome outcome = sendAndWait(client, accountAt(server.baseUrl()), textMessage());
        QCOMPARE(int(outcome.kind), kind);
        // A real deadline: a silent or dripping server cannot hold the send much past its limit.
        QVERIFY2(clock.elapsed() < timeoutMs + 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!outcome.title().isEmpty());
        QVERIFY(!outcome.explanation().isEmpty());
        QVERIFY(!outcome.explanation().contains(kKey));
        QVERIFY(!outcome.detail.contains(kKey));
        if (outcome.kind == Kind::Unknown) {
            QVERIFY(outcome.explanation().contains(u"delivery status"_s));
            QVERIFY(outcome.mayHaveBeenSent());
            QVERIFY(!outcome.isSafeToRetry());
        }
        // Give Qt time to re-send behind our back, then check that it did not.
        QTest::qWait(500);
        QCOMPARE(server.postCount(), 1);
    }

    void outcomeDetails()
    {
        MisbehavingServer limited{Mode::RateLimited};
        QVERIFY(limited.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        SendOutcome outcome = sendAndWait(client, accountAt(limited.baseUrl()), textMessage());
        QCOMPARE(outcome.retryAfterSeconds, 17);
        QVERIFY(outcome.explanation().contains(u"17"_s));

        MisbehavingServer accepted{Mode::Accepted};
        QVERIFY(accepted.start());
        outcome = sendAndWait(client, accountAt(accepted.baseUrl()), textMessage());
        QCOMPARE(outcome.kid, u"k-1"_s);
        QCOMPARE(outcome.recipients.size(), 2);
        QCOMPARE(outcome.recipients.at(0).recipient, u"919876543210"_s); // `recepient`
        QCOMPARE(outcome.recipients.at(1).recipient, u"919876543211"_s); // `recipient`

        MisbehavingServer rejected{Mode::Rejected};
        QVERIFY(rejected.start());
        outcome = sendAndWait(client, accountAt(rejected.baseUrl()), textMessage());
        QCOMPARE(outcome.vendorError.code, u"E750"_s);
        QCOMPARE(outcome.vendorError.type, u"VALIDATION_ERROR"_s);
        QCOMPARE(outcome.fieldToFix(), u"to"_s);
        QVERIFY(outcome.explanation().contains(u"E750"_s));
    }

    void wireRequestMatchesTheReference()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const Message message = textMessage();
        QCOMPARE(sendAndWait(client, accountAt(server.baseUrl()), message).kind, Kind::Accepted);
        QCOMPARE(server.requests().size(), 1);
        const QByteArray request = server.requests().first().raw;
        const qsizetype split = request.indexOf("\r\n\r\n");
        const QList<QByteArray> head = request.left(split).split('\n');
        QCOMPARE(head.first().trimmed(), QByteArray("POST /v1/HX0TEST071US/messages/soip HTTP/1.1"));
        QMap<QByteArray, QByteArray> headers;
        for (const QByteArray &line : head.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        QCOMPARE(headers.value("api-key"), kKey.toUtf8());
        QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(headers.value("accept"), QByteArray("application/json"));
        QVERIFY(headers.value("user-agent").startsWith("SOIP-Composer/" SOIP_VERSION " (Qt "));
        QVERIFY(!headers.contains("authorization"));
        QVERIFY(!headers.contains("cookie"));
        QCOMPARE(request.mid(split + 4), SoipRequest::body(message));
    }

    void invalidMessageIsNotSent()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        Message message = textMessage();
        message.to.clear();
        const SendOutcome outcome = sendAndWait(client, accountAt(server.baseUrl()), message);
        QCOMPARE(outcome.kind, Kind::NotSent);
        QCOMPARE(outcome.notSentReason, SendOutcome::NotSentReason::InvalidMessage);
        QVERIFY(!outcome.issues.isEmpty());
        QCOMPARE(outcome.fieldToFix(), u"to"_s);
        QTest::qWait(100);
        QCOMPARE(server.requestCount(), 0);
    }

    void plainHttpElsewhereIsRefusedBeforeConnecting()
    {
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        QSignalSpy connecting(&manager, &QNetworkAccessManager::finished);
        const SendOutcome outcome = sendAndWait(client, accountAt(u"http://api.example.invalid"_s), textMessage());
        QCOMPARE(outcome.kind, Kind::NotSent);
        QCOMPARE(outcome.notSentReason, SendOutcome::NotSentReason::InvalidAccount);
        QVERIFY(outcome.explanation().contains(u"api.example.invalid"_s));
        QVERIFY(outcome.explanation().contains(u"https"_s));
        QCOMPARE(connecting.size(), 0); // no request was even made
        QVERIFY(EndpointPolicy::problemWith(QUrl(u"http://localhost:8080"_s)).isEmpty());
        QVERIFY(EndpointPolicy::problemWith(QUrl(u"http://[::1]:8080"_s)).isEmpty());
        QVERIFY(!EndpointPolicy::problemWith(QUrl(u"http://localhost.example.invalid"_s)).isEmpty());
        QVERIFY(!EndpointPolicy::problemWith(QUrl(u"ftp://api.kaleyra.io"_s)).isEmpty());
    }

    void missingKeyIsNotSent()
    {
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const SendOutcome outcome =
            sendAndWait(client, accountAt(u"https://api.example.invalid"_s), textMessage(), {});
        QCOMPARE(outcome.notSentReason, SendOutcome::NotSentReason::MissingKey);
    }

    void refusedConnectionIsSafeToRetry()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const SendOutcome outcome =
            sendAndWait(client, accountAt(u"http://127.0.0.1:%1"_s.arg(port)), textMessage());
        QCOMPARE(outcome.kind, Kind::NetworkFailure);
        QVERIFY(outcome.isSafeToRetry());
        QVERIFY(!outcome.mayHaveBeenSent());
        QVERIFY(outcome.explanation().contains(u"nothing was sent"_s));
    }

    void tlsFailureIsNeverIgnored()
    {
        // https to a server that does not speak TLS: the handshake fails and nothing is sent.
        MisbehavingServer server{Mode::Silent};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        client.setTimeout(std::chrono::milliseconds(700));
        const SendOutcome outcome =
            sendAndWait(client, accountAt(u"https://127.0.0.1:%1"_s.arg(server.serverPort())), textMessage());
        // The handshake never completes; the deadline ends it and, since no secure connection ever
        // existed, nothing can have been sent.
        QCOMPARE(outcome.kind, Kind::NetworkFailure);
        QVERIFY(outcome.isSafeToRetry());
        QCOMPARE(server.postCount(), 0);
    }

    void untrustedCertificateIsNeverAccepted()
    {
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("needs openssl to make a self-signed certificate");
        QTemporaryDir dir;
        QProcess make;
        make.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                             u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s), u"-out"_s,
                             dir.filePath(u"cert.pem"_s)});
        QVERIFY(make.waitForFinished(30000));
        QFile certFile(dir.filePath(u"cert.pem"_s));
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        SelfSignedServer server;
        server.certificate = QSslCertificate(&certFile, QSsl::Pem);
        server.key = QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!server.certificate.isNull() && !server.key.isNull());
        QVERIFY(server.listen(QHostAddress::LocalHost));

        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const SendOutcome outcome =
            sendAndWait(client, accountAt(u"https://127.0.0.1:%1"_s.arg(server.serverPort())), textMessage());
        QCOMPARE(outcome.kind, Kind::NetworkFailure);
        QVERIFY(!outcome.mayHaveBeenSent());
        QTest::qWait(200);
        QVERIFY(!server.received.contains("POST"));
        QVERIFY(!server.received.contains(kKey.toUtf8()));
    }

    void sameSendTwiceIsRefused()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const Account account = accountAt(server.baseUrl());
        SendJob *first = client.send(account, kKey, textMessage());
        SendJob *second = client.send(account, kKey, textMessage());
        QSignalSpy firstDone(first, &SendJob::finished);
        QSignalSpy secondDone(second, &SendJob::finished);
        QVERIFY(firstDone.wait(5000));
        QTRY_COMPARE(secondDone.size(), 1);
        QCOMPARE(firstDone.first().first().value<SendOutcome>().kind, Kind::Accepted);
        const SendOutcome refused = secondDone.first().first().value<SendOutcome>();
        QCOMPARE(refused.kind, Kind::NotSent);
        QCOMPARE(refused.notSentReason, SendOutcome::NotSentReason::AlreadySending);
        QCOMPARE(server.postCount(), 1);
        // Once the first finished, sending it again is a deliberate new send.
        QCOMPARE(sendAndWait(client, account, textMessage()).kind, Kind::Accepted);
        QCOMPARE(server.postCount(), 2);
    }

    void manySendsAreQueuedInOrderAndCanBeCancelled()
    {
        MisbehavingServer server{Mode::Accepted};
        QVERIFY(server.start());
        QNetworkAccessManager manager;
        SoipClient client(&manager);
        const Account account = accountAt(server.baseUrl());
        const int count = SoipClient::kMaxInFlight * 2 + 3;
        QList<QSignalSpy *> spies;
        SendJob *last = nullptr;
        for (int i = 0; i < count; ++i) {
            Message message = textMessage();
            message.body = u"Message %1"_s.arg(i);
            last = client.send(account, kKey, message);
            spies.append(new QSignalSpy(last, &SendJob::finished));
        }
        QVERIFY(last->isQueued());
        last->cancel(); // still waiting in the client's queue: nothing is sent for it
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(spies.cbegin(), spies.cend(), [](QSignalSpy *s) { return s->size() == 1; }), 10000);
        for (int i = 0; i < count - 1; ++i)
            QCOMPARE(spies.at(i)->first().first().value<SendOutcome>().kind, Kind::Accepted);
        QCOMPARE(spies.last()->first().first().value<SendOutcome>().notSentReason,
                 SendOutcome::NotSentReason::Cancelled);
        qDeleteAll(spies);
        QTest::qWait(200);
        QCOMPARE(server.postCount(), count - 1);
        QVERIFY(server.requests().first().raw.contains("Message 0"));
        QCOMPARE(client.sendsInFlight(), 0);
    }

    void curlCommandNeverHoldsTheKey()
    {
        const QString curl = SoipRequest::curlCommand(accountAt(u"https://api.kaleyra.io"_s), textMessage());
        QVERIFY(curl.contains(u"\"api-key: $KALEYRA_API_KEY\""_s));
        QVERIFY(curl.contains(u"'https://api.kaleyra.io/v1/HX0TEST071US/messages/soip'"_s));
        QVERIFY(curl.contains(QString::fromUtf8(SoipRequest::body(textMessage()))));
        Message quoted = textMessage();
        quoted.body = u"It's here"_s;
        QVERIFY(SoipRequest::curlCommand(accountAt(u"https://api.kaleyra.io"_s), quoted).contains(u"It'\\''s"_s));
    }
};

QTEST_GUILESS_MAIN(TestSoipClient)
#include "tst_soipclient.moc"
