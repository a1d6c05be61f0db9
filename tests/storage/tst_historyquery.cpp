// HistoryQuery: the History window's search over history.sqlite, and what it adds to the file.

#include "historyfixture.h"
#include "storage/csvexport.h"
#include "storage/historyquery.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace historyfixture;
using namespace Qt::StringLiterals;

class TestHistoryQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    void fill()
    {
        SendHistory history;
        QVERIFY(history.open(m_path));
        QVERIFY(history.record(account(), message(u"+919876543210"_s, u"Your order has shipped"_s),
                               accepted(u"kidA"_s, {u"+919876543210"_s})));
        QVERIFY(
            history.record(account(u"Bank"_s), message(u"+918765432109"_s, u"OTP 4321"_s, u"RMC"_s), rejected()));
        QVERIFY(history.record(account(), message(u"+917654321098"_s, u"Diwali sale starts"_s, u"CTA"_s),
                               accepted(u"kidC"_s, {u"+917654321098"_s})));
        CampaignJournal journal;
        QVERIFY(journal.open(m_path));
        QVERIFY(!campaign(journal, u"Diwali customers"_s, {u"+919000000001"_s, u"+919000000002"_s}, u"ck"_s,
                          {RowState::Accepted, RowState::Rejected})
                     .isEmpty());
    }

    static QStringList targets(const QList<HistoryEntry> &entries)
    {
        QStringList list;
        for (const HistoryEntry &entry : entries)
            list << entry.target;
        return list;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + u".sqlite"_s);
        fill();
    }

    void newestFirstWithCampaigns()
    {
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        QVERIFY(query.hasFullTextIndex());
        const QList<HistoryEntry> sends = query.sends({}, nullptr, 10);
        QCOMPARE(targets(sends), (QStringList{u"+917654321098"_s, u"+918765432109"_s, u"+919876543210"_s}));
        QCOMPARE(query.countSends({}), 3);
        const QList<HistoryEntry> campaigns = query.campaigns({});
        QCOMPARE(campaigns.size(), 1);
        QCOMPARE(campaigns.constFirst().target, u"Diwali customers"_s);
        QCOMPARE(campaigns.constFirst().rows, 2);
        QCOMPARE(query.accounts(), (QStringList{u"Bank"_s, u"Shop"_s}));
    }

    void pagesFollowEachOther()
    {
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        const QList<HistoryEntry> first = query.sends({}, nullptr, 2);
        QCOMPARE(first.size(), 2);
        const QList<HistoryEntry> second = query.sends({}, &first.last(), 2);
        QCOMPARE(targets(second), QStringList{u"+919876543210"_s});
        HistoryFilter oldest;
        oldest.oldestFirst = true;
        QCOMPARE(query.sends(oldest, nullptr, 1).constFirst().target, u"+919876543210"_s);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sends");
        QTest::addColumn<int>("campaigns");
        QTest::newRow("number as typed") << u"98765 43210"_s << QStringList{u"+919876543210"_s} << 0;
        QTest::newRow("number with +91") << u"+91 87654 32109"_s << QStringList{u"+918765432109"_s} << 0;
        QTest::newRow("text of the message") << u"shipped"_s << QStringList{u"+919876543210"_s} << 0;
        QTest::newRow("any case, two words") << u"DIWALI sale"_s << QStringList{u"+917654321098"_s} << 0;
        QTest::newRow("kid") << u"kidC"_s << QStringList{u"+917654321098"_s} << 0;
        QTest::newRow("message id") << u"kidA:0"_s << QStringList{u"+919876543210"_s} << 0;
        QTest::newRow("campaign name") << u"customers"_s << QStringList{} << 1;
        QTest::newRow("campaign row number") << u"9000000002"_s << QStringList{} << 1;
        QTest::newRow("three letters") << u"OTP"_s << QStringList{u"+918765432109"_s} << 0;
        QTest::newRow("shorter words are not searched")
            << u"OT 43 shipped"_s << QStringList{u"+919876543210"_s} << 0;
        QTest::newRow("quotes and percent") << u"\"50%"_s << QStringList{} << 0;
        QTest::newRow("nothing") << u"zzzz"_s << QStringList{} << 0;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sends);
        QFETCH(int, campaigns);
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        HistoryFilter filter;
        filter.text = text;
        QCOMPARE(targets(query.sends(filter, nullptr, 10)), sends);
        QCOMPARE(query.countSends(filter), sends.size());
        QCOMPARE(query.campaigns(filter).size(), campaigns);
    }

    void filters()
    {
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        HistoryFilter filter;
        filter.account = u"Bank"_s;
        QCOMPARE(targets(query.sends(filter, nullptr, 10)), QStringList{u"+918765432109"_s});
        QCOMPARE(query.campaigns(filter).size(), 0);
        filter = {};
        filter.type = u"CTA"_s;
        QCOMPARE(targets(query.sends(filter, nullptr, 10)), QStringList{u"+917654321098"_s});
        filter = {};
        filter.outcome = HistoryFilter::Outcome::Failed;
        QCOMPARE(targets(query.sends(filter, nullptr, 10)), QStringList{u"+918765432109"_s});
        QCOMPARE(query.campaigns(filter).size(), 1); // it has a rejected row
        filter.outcome = HistoryFilter::Outcome::Unknown;
        QCOMPARE(query.campaigns(filter).size(), 0);
        filter = {};
        filter.from = QDate::currentDate().addDays(1);
        QCOMPARE(query.countSends(filter), 0);
        QCOMPARE(query.campaigns(filter).size(), 0);
        filter.from = QDate::currentDate();
        filter.to = QDate::currentDate();
        QCOMPARE(query.countSends(filter), 3);
    }

    // Sends written after the index was made (by `soip`, by an older app) are found: triggers.
    void laterSendsAreIndexedAndOlderWritersStillWork()
    {
        {
            HistoryQuery query;
            QVERIFY(query.open(m_path));
        }
        SendHistory writer;
        QVERIFY(writer.open(m_path));
        // What an older version writes: the same INSERT into the same columns.
        QVERIFY(writer.record(account(), message(u"+919999988888"_s, u"Late parcel"_s),
                              accepted(u"kidL"_s, {u"+919999988888"_s})));
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        HistoryFilter filter;
        filter.text = u"parcel"_s;
        QCOMPARE(targets(query.sends(filter, nullptr, 10)), QStringList{u"+919999988888"_s});
        QCOMPARE(writer.recent(10).size(), 4);
        QVERIFY(writer.clear());
        QCOMPARE(query.countSends(filter), 0);
    }

    // The type index is on an expression: a row whose payload is not JSON must not make it fail.
    void aPayloadThatIsNotJsonBreaksNothing()
    {
        HistoryQuery query;
        QVERIFY(query.open(m_path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(insert.exec(u"INSERT INTO sends (sent_at, account, kind, message) "
                                "VALUES ('2026-01-01T00:00:00.000Z', 'Shop', 0, 'not json at all')"_s));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        QCOMPARE(query.countSends({}), 4);
        HistoryFilter filter;
        filter.type = u"TXT"_s;
        QCOMPARE(query.countSends(filter), 1);
        filter = {};
        filter.text = u"json at all"_s;
        QCOMPARE(query.sends(filter, nullptr, 10).size(), 1);
    }

    void statusesAreKept()
    {
        SendHistory history;
        QVERIFY(history.open(m_path));
        QVERIFY(history.setStatus(u"kidA:0"_s, u"DELIVRD"_s));
        QVERIFY(history.setStatus(u"kidA:0"_s, u"OFFLINE"_s));
        QCOMPARE(history.statuses({u"kidA:0"_s, u"nope"_s}),
                 (QHash<QString, QString>{{u"kidA:0"_s, u"OFFLINE"_s}}));
        const std::optional<SendRecord> record = history.find(history.recent(1).constFirst().id);
        QVERIFY(record);
        QCOMPARE(record->kid, u"kidC"_s);
    }

    void csvQuoting()
    {
        QCOMPARE(CsvExport::line({u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s, u" pad"_s, QString()}),
                 QByteArray("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n"));
        QCOMPARE(CsvExport::line({u"नमस्ते"_s}), QString(u"नमस्ते\r\n"_s).toUtf8());
        const QString path = m_dir.filePath(u"out.csv"_s);
        QVERIFY(CsvExport::write(path, {u"h"_s}, {{u"1"_s}}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("\xEF\xBB\xBFh\r\n1\r\n"));
        QString error;
        QVERIFY(!CsvExport::write(m_dir.filePath(u"no/such/folder/out.csv"_s), {}, {}, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryQuery)
#include "tst_historyquery.moc"
