// The SQLite send history: what was sent, to whom, with which outcome, kept across restarts.

#include "storage/sendhistory.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestSendHistory final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recordsAndReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history/history.sqlite"_s);
        Account account;
        account.name = u"Marketing"_s;
        account.sid = u"HX0TEST071US"_s;
        Message message;
        message.to = u"919876543210,919876543211"_s;
        message.from = u"SNSOIP"_s;
        message.body = u"Sale starts today"_s;
        message.type = u"TXT"_s;
        SendOutcome accepted;
        accepted.kind = SendOutcome::Kind::Accepted;
        accepted.httpStatus = 200;
        accepted.kid = u"k-9"_s;
        accepted.recipients = {{u"k-9:0"_s, u"919876543210"_s}, {u"k-9:1"_s, u"919876543211"_s}};
        SendOutcome unknown;
        unknown.kind = SendOutcome::Kind::Unknown;
        unknown.detail = u"connection lost"_s;
        {
            SendHistory history;
            QVERIFY2(history.open(path), qPrintable(history.errorString()));
            QVERIFY(history.record(account, message, accepted) > 0);
            QVERIFY(history.record(account, message, unknown) > 0);
        }
        SendHistory reopened;
        QVERIFY(reopened.open(path));
        const QList<SendRecord> records = reopened.recent();
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, SendOutcome::Kind::Unknown); // newest first
        QVERIFY(records.at(0).explanation.contains(u"delivery status"_s));
        const SendRecord &first = records.at(1);
        QCOMPARE(first.kid, u"k-9"_s);
        QCOMPARE(first.messageIds, QStringList({u"k-9:0"_s, u"k-9:1"_s}));
        QCOMPARE(first.recipients.size(), 2);
        QCOMPARE(first.accountName, u"Marketing"_s);
        QVERIFY(first.messageJson.contains("Sale starts today"));
        QVERIFY(first.sentAt.isValid());
        QVERIFY(reopened.clear());
        QVERIFY(reopened.recent().isEmpty());
    }

    void unopenableFileIsReported()
    {
        QTemporaryDir dir;
        SendHistory history;
        QVERIFY(!history.open(dir.path())); // a directory, not a database file
        QVERIFY(!history.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSendHistory)
#include "tst_sendhistory.moc"
