// Retry-After as RFC 9110 §10.2.3 defines it, and the one classifier that reads it for sends and
// status queries alike (before, the status path read seconds only and kept a negative value).
#include "net/httpverdict.h"
#include "net/retryafter.h"
#include "net/sendoutcome.h"
#include "net/statusoutcome.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace soip;

class TestRetryAfter final : public QObject {
    Q_OBJECT

private:
    // 21 Oct 2015 07:28:00 UTC, a Wednesday.
    const QDateTime m_now{QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC};

    static HttpResult limited(const QByteArray &retryAfter)
    {
        HttpResult result;
        result.httpStatus = 429;
        result.requestSent = true;
        result.retryAfter = retryAfter;
        result.body = "{\"error\": {\"code\": \"E429\", \"message\": \"Too many requests\"}}";
        return result;
    }

private slots:
    void values_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("seconds"); // -1: not a valid Retry-After
        QTest::newRow("delta") << QByteArray("120") << qint64(120);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces around") << QByteArray(" \t17 ") << qint64(17);
        QTest::newRow("huge is capped at a day") << QByteArray("99999999999999999999") << qint64(86400);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
        QTest::newRow("unit") << QByteArray("10s") << qint64(-1);
        QTest::newRow("empty") << QByteArray("") << qint64(-1);
        QTest::newRow("IMF-fixdate with GMT") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30);
        QTest::newRow("IMF-fixdate next day") << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << qint64(86400);
        QTest::newRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << qint64(0);
        QTest::newRow("RFC 850") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << qint64(60);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:45 2015") << qint64(45);
        QTest::newRow("asctime one-digit day") << QByteArray("Sun Nov  1 07:28:00 2015") << qint64(86400);
        QTest::newRow("other zone") << QByteArray("Wed, 21 Oct 2015 07:28:30 +0000") << qint64(-1);
        QTest::newRow("no zone") << QByteArray("Wed, 21 Oct 2015 07:28:30") << qint64(-1);
        QTest::newRow("31 February") << QByteArray("Sat, 31 Feb 2015 07:28:30 GMT") << qint64(-1);
        QTest::newRow("hour 25") << QByteArray("Wed, 21 Oct 2015 25:28:30 GMT") << qint64(-1);
        QTest::newRow("trailing text") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT x") << qint64(-1);
        QTest::newRow("cut short") << QByteArray("Wed, 21 Oct 2015 07:2") << qint64(-1);
        QTest::newRow("latin-1 space") << QByteArray("\xa0"
                                                     "5")
                                       << qint64(-1);
    }
    void values()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, seconds);
        const std::optional<qint64> parsed = RetryAfter::seconds(value, m_now);
        QCOMPARE(parsed.value_or(-1), seconds);
    }

    void sendAndStatusReadItTheSameWay_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << QByteArray("17") << 17;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("missing") << QByteArray() << -1;
    }
    void sendAndStatusReadItTheSameWay()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const SendOutcome send = SendOutcome::fromHttp(limited(value));
        const StatusOutcome status = StatusOutcome::fromHttp(limited(value));
        QCOMPARE(send.kind, SendOutcome::Kind::RateLimited);
        QCOMPARE(status.kind, StatusOutcome::Kind::RateLimited);
        QCOMPARE(send.retryAfterSeconds, seconds);
        QCOMPARE(status.retryAfterSeconds, seconds);
        QCOMPARE(send.vendorError.code, u"E429"_s);
    }

    void anHttpDateCountsFromNow()
    {
        const QDateTime inTwoMinutes = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray date =
            QLocale::c().toString(inTwoMinutes, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1();
        const SendOutcome send = SendOutcome::fromHttp(limited(date));
        const StatusOutcome status = StatusOutcome::fromHttp(limited(date));
        QVERIFY2(send.retryAfterSeconds >= 115 && send.retryAfterSeconds <= 120, date.constData());
        QVERIFY2(status.retryAfterSeconds >= 115 && status.retryAfterSeconds <= 120, date.constData());
    }

    void classification()
    {
        HttpResult cut;
        cut.httpStatus = 200;
        cut.error = QNetworkReply::RemoteHostClosedError;
        QCOMPARE(HttpVerdict::classify(cut).kind, HttpVerdict::Kind::NoAnswer);
        HttpResult refused;
        refused.httpStatus = 403;
        QCOMPARE(HttpVerdict::classify(refused).kind, HttpVerdict::Kind::KeyRefused);
        HttpResult rejected;
        rejected.httpStatus = 400;
        rejected.body = "{\"error\": {\"code\": \"E750\", \"message\": \"to is mandatory\"}}";
        QCOMPARE(HttpVerdict::classify(rejected).kind, HttpVerdict::Kind::Rejected);
        rejected.body = "<html>Bad request</html>";
        QCOMPARE(HttpVerdict::classify(rejected).kind, HttpVerdict::Kind::ServerError);
        HttpResult redirect;
        redirect.httpStatus = 302;
        QCOMPARE(HttpVerdict::classify(redirect).kind, HttpVerdict::Kind::ServerError);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_retryafter.moc"
