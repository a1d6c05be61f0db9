// The sandbox called the way another program would: plain QNetworkAccessManager requests, no
// SoipClient, checking the vendor's JSON shapes and status codes.

#include "sandbox/sandboxnumbers.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

Reply call(QNetworkAccessManager &manager, const QString &method, const QUrl &url, const QByteArray &key,
           const QByteArray &body = {})
{
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("api-key", key);
    request.setRawHeader("Content-Type", "application/json");
    QNetworkReply *reply = manager.sendCustomRequest(request, method.toLatin1(), body);
    QSignalSpy spy(reply, &QNetworkReply::finished);
    spy.wait(5000);
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

QByteArray textMessage(const QString &to)
{
    return QJsonDocument(QJsonObject{{u"to"_s, to},
                                     {u"from"_s, u"SNSOIP"_s},
                                     {u"body"_s, u"Hello"_s},
                                     {u"type"_s, u"TXT"_s},
                                     {u"campaign_name"_s, u"Diwali"_s}})
        .toJson();
}

} // namespace

class TestSandboxServer final : public QObject {
    Q_OBJECT

private:
    SandboxServer *m_sandbox = nullptr;
    qint64 m_nowMs = 0; // the sandbox's clock: moved forward by the tests, never slept on
    QNetworkAccessManager m_manager;

    QUrl url(const QString &path) const { return m_sandbox->baseUrl().resolved(QUrl(path)); }
    QByteArray key() const { return m_sandbox->apiKey().toUtf8(); }

private slots:
    void init()
    {
        m_sandbox = new SandboxServer(this);
        m_sandbox->setStatusStep(std::chrono::milliseconds(100));
        m_nowMs = 0;
        m_sandbox->setClock([this] { return m_nowMs; });
        QVERIFY(m_sandbox->listen());
        QCOMPARE(m_sandbox->baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(m_sandbox->port() != 0);
    }
    void cleanup() { delete m_sandbox; }

    void requiresTheKey()
    {
        for (const QByteArray &wrong : {QByteArray(), QByteArray("wrong")}) {
            const Reply reply = call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), wrong,
                                     textMessage(u"919876543210"_s));
            QCOMPARE(reply.status, 401);
            const QJsonObject error = reply.json.value(u"error"_s).toObject();
            QVERIFY(!error.value(u"code"_s).toString().isEmpty());
            QCOMPARE(error.value(u"parameter"_s).toString(), u"api-key"_s);
            QVERIFY(error.contains(u"reference"_s));
            QVERIFY(!reply.body.contains(key()));
        }
    }

    void acceptsWithTheVendorEcho()
    {
        const Reply reply = call(m_manager, u"POST"_s, url(u"/v1/HXANY071US/messages/soip"_s), key(),
                                 textMessage(u"+91 98765 43210 , 919876543211"_s));
        QCOMPARE(reply.status, 200);
        const QString kid = reply.json.value(u"kid"_s).toString();
        QVERIFY(!kid.isEmpty());
        QCOMPARE(reply.json.value(u"body"_s).toString(), u"Hello"_s);
        QCOMPARE(reply.json.value(u"from"_s).toString(), u"SNSOIP"_s);
        QCOMPARE(reply.json.value(u"type"_s).toString(), u"TXT"_s);
        QCOMPARE(reply.json.value(u"campaign_name"_s).toString(), u"Diwali"_s);
        const QJsonArray data = reply.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 2);
        QCOMPARE(data.at(0).toObject().value(u"message_id"_s).toString(), kid + u":0"_s);
        QCOMPARE(data.at(0).toObject().value(u"recepient"_s).toString(), u"919876543210"_s);
        QCOMPARE(data.at(1).toObject().value(u"message_id"_s).toString(), kid + u":1"_s);
        QCOMPARE(data.at(1).toObject().value(u"recepient"_s).toString(), u"919876543211"_s);
    }

    void validatesWithTheAppsValidator()
    {
        const Reply empty =
            call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(), textMessage(QString()));
        QCOMPARE(empty.status, 400);
        const QJsonObject error = empty.json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"E750"_s);
        QCOMPARE(error.value(u"type"_s).toString(), u"VALIDATION_ERROR"_s);
        QCOMPARE(error.value(u"parameter"_s).toString(), u"to"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());

        const Reply notJson = call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(), "{\"to\": ");
        QCOMPARE(notJson.status, 400);
        QVERIFY(!notJson.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }

    void testNumbers()
    {
        const QStringList codes = {u"CAPABILITY-CHECK-ERROR"_s, u"NO-CREDITS"_s, u"MOB-NOTALLOWED"_s,
                                   u"INV-NUMBER"_s};
        const QStringList numbers = {u"919876500101"_s, u"919876500102"_s, u"919876500103"_s, u"919876500104"_s};
        for (int i = 0; i < codes.size(); ++i) {
            const Reply reply = call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(),
                                     textMessage(u"919876543210,"_s + numbers.at(i)));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.json.value(u"error"_s).toObject().value(u"code"_s).toString(), codes.at(i));
            QCOMPARE(SandboxNumbers::rejectionFor(numbers.at(i)), codes.at(i));
        }
        const Reply limited =
            call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(), textMessage(u"919876500429"_s));
        QCOMPARE(limited.status, 429);
        const Reply broken =
            call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(), textMessage(u"919876500500"_s));
        QCOMPARE(broken.status, 500);
        QVERIFY(broken.body.contains("<html>"));
    }

    void statusProgressesThroughCallbackStatuses()
    {
        const Reply sent = call(m_manager, u"POST"_s, url(u"/v1/SANDBOX/messages/soip"_s), key(),
                                textMessage(u"919876543210,919876500205,919876500221"_s));
        QCOMPARE(sent.status, 200);
        QStringList ids;
        for (const QJsonValue &entry : sent.json.value(u"data"_s).toArray())
            ids << entry.toObject().value(u"message_id"_s).toString();
        const QUrl statusUrl = url(u"/v1/SANDBOX/messages/status?message_ids="_s + ids.join(u','));

        Reply first = call(m_manager, u"GET"_s, statusUrl, key());
        QCOMPARE(first.status, 200);
        QVERIFY(first.json.value(u"error"_s).toObject().isEmpty());
        QJsonArray data = first.json.value(u"data"_s).toArray();
        QCOMPARE(data.size(), 3);
        QCOMPARE(data.at(0).toObject().value(u"status"_s).toString(), u"PENDING"_s);
        QCOMPARE(data.at(0).toObject().value(u"recipient"_s).toString(), u"919876543210"_s);
        QCOMPARE(data.at(0).toObject().value(u"kid"_s).toString(), sent.json.value(u"kid"_s).toString());

        m_nowMs += 150;
        data = call(m_manager, u"GET"_s, statusUrl, key()).json.value(u"data"_s).toArray();
        QCOMPARE(data.at(0).toObject().value(u"status"_s).toString(), u"DELIVRD"_s);
        QCOMPARE(data.at(1).toObject().value(u"status"_s).toString(), u"TIMEOUT"_s); // on its way to 5
        QCOMPARE(data.at(2).toObject().value(u"status"_s).toString(), u"UNDELIV_NO_CALLBACK"_s);
        QCOMPARE(data.at(2).toObject().value(u"status_code"_s).toInt(), 21);

        m_nowMs += 150;
        data = call(m_manager, u"GET"_s, statusUrl, key()).json.value(u"data"_s).toArray();
        QCOMPARE(data.at(1).toObject().value(u"status"_s).toString(), u"DELIVRD_TIMEOUT"_s);
        QCOMPARE(data.at(1).toObject().value(u"status_trace"_s).toArray().size(), 3);
    }

    void statusErrors()
    {
        const Reply noKey = call(m_manager, u"GET"_s, url(u"/v1/SANDBOX/messages/status?message_ids=a:0"_s), {});
        QCOMPARE(noKey.status, 401);
        const Reply noIds = call(m_manager, u"GET"_s, url(u"/v1/SANDBOX/messages/status"_s), key());
        QCOMPARE(noIds.status, 400);
        const Reply unknown =
            call(m_manager, u"GET"_s, url(u"/v1/SANDBOX/messages/status?message_ids=nope:0"_s), key());
        QCOMPARE(unknown.status, 200);
        QVERIFY(unknown.json.value(u"data"_s).toArray().isEmpty());
        QCOMPARE(unknown.json.value(u"error"_s).toObject().value(u"code"_s).toString(), u"INV-MESSAGE-ID"_s);
    }

    void wrongPathsAndMethods()
    {
        QCOMPARE(call(m_manager, u"GET"_s, url(u"/v1/SANDBOX/messages/soip"_s), key()).status, 405);
        const Reply missing = call(m_manager, u"GET"_s, url(u"/v2/nothing"_s), key());
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json.value(u"error"_s).isObject());
    }

    void refusesABusyPort()
    {
        SandboxServer second;
        QVERIFY(!second.listen(m_sandbox->port()));
        QVERIFY(second.errorString().contains(QString::number(m_sandbox->port())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
