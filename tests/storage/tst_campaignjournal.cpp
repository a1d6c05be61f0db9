// The campaign journal's states across a crash: a request is reserved (synced) before it may
// leave and marked just before it leaves; after a kill on the same boot only what left is
// Unknown, after a restart everything reserved is. Also the reservation's sync on a worker thread,
// and the numbers an answer did not echo.
#include "storage/campaignjournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {
constexpr int kRequests = 10;

CampaignPlan plan()
{
    CampaignPlan plan;
    for (int i = 0; i < kRequests; ++i)
        plan.requests.append({"{}", {i + 2}, {u"+9198765%1"_s.arg(10000 + i)}});
    plan.rows = plan.valid = kRequests;
    return plan;
}

QList<int> seqs(int from, int to)
{
    QList<int> list;
    for (int seq = from; seq < to; ++seq)
        list.append(seq);
    return list;
}
} // namespace

class TestCampaignJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    // A campaign whose process reserved requests 0-6 under boot "A", sent 0-2, and had the
    // answer to 0 before it was killed; the journal is opened again as by the next process.
    QString killedMidRun(std::unique_ptr<CampaignJournal> &journal)
    {
        const QString path = m_dir.filePath(u"journal-%1.sqlite"_s.arg(++m_file));
        QString id;
        {
            CampaignJournal first;
            if (!first.open(path))
                return {};
            id = first.create(CampaignRecord(), plan());
            first.recoverInFlight(id, "A");
            if (!first.advance(id, {{}, seqs(0, 7), seqs(0, 2), {}}) || !first.advance(id, {{}, {}, {2}, {}}))
                return {};
            CampaignJournal::Outcome accepted;
            accepted.seq = 0;
            accepted.state = RowState::Accepted;
            accepted.kid = u"kid"_s;
            accepted.echo = {{u"919876510000"_s, u"kid:0"_s}};
            if (!first.record(id, {accepted}))
                return {};
        }
        journal = std::make_unique<CampaignJournal>();
        return journal->open(path) ? id : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void reservedRowsReadAsInFlightWhileItRuns()
    {
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        const CampaignCounts counts = journal->counts(id);
        QCOMPARE(counts.of(RowState::Accepted), 1);
        QCOMPARE(counts.of(RowState::InFlight), 6); // 1 and 2 left, 3-6 only reserved
        QCOMPARE(counts.of(RowState::Pending), kRequests - 7);
        QCOMPARE(counts.rows, kRequests);
        QCOMPARE(journal->rows(id).at(5).state, RowState::InFlight);
    }

    void afterAKillOnTheSameBootOnlyWhatLeftIsUnknown()
    {
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QCOMPARE(journal->recoverInFlight(id, "A"), 2);
        const CampaignCounts counts = journal->counts(id);
        QCOMPARE(counts.of(RowState::Unknown), 2);
        QCOMPARE(counts.of(RowState::InFlight), 0);
        QCOMPARE(counts.of(RowState::Pending), kRequests - 3);
        QList<int> pending;
        for (const JournalRequest &request : journal->pendingRequests(id))
            pending.append(request.seq);
        QCOMPARE(pending, seqs(3, kRequests));
    }

    void afterARestartEveryReservedRowIsUnknown()
    {
        // The marks of what left were not synced: a power cut may have lost them.
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QCOMPARE(journal->recoverInFlight(id, "B"), 6);
        QCOMPARE(journal->counts(id).of(RowState::Pending), kRequests - 7);
    }

    void withNoBootIdEveryReservedRowIsUnknown()
    {
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QCOMPARE(journal->recoverInFlight(id, QByteArray()), 6);
    }

    void aRecoveryRemembersTheBootItRanUnder()
    {
        // Resumed under boot B and killed again: the next recovery compares with B, not A.
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QCOMPARE(journal->recoverInFlight(id, "B"), 6);
        QVERIFY(journal->advance(id, {{}, seqs(7, 10), {7}, {}}));
        QCOMPARE(journal->recoverInFlight(id, "B"), 1);
        QCOMPARE(journal->counts(id).of(RowState::Pending), 2);
    }

    void releasedRowsArePendingAgain()
    {
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QVERIFY(journal->advance(id, {{}, {}, {}, seqs(3, 7)}));
        const CampaignCounts counts = journal->counts(id);
        QCOMPARE(counts.of(RowState::InFlight), 2);
        QCOMPARE(counts.of(RowState::Pending), kRequests - 3);
    }

    void onlyReservedRowsCanLeave()
    {
        // A request marked as leaving without a reservation would have no synced mark at all.
        std::unique_ptr<CampaignJournal> journal;
        const QString id = killedMidRun(journal);
        QVERIFY(!id.isEmpty());
        QVERIFY(journal->advance(id, {{}, {}, {8}, {}}));
        QCOMPARE(journal->rows(id).at(8).state, RowState::Pending);
    }

    void aNumberTheVendorDidNotEchoIsUnknown()
    {
        CampaignJournal journal;
        QVERIFY(journal.open(m_dir.filePath(u"journal-echo.sqlite"_s)));
        CampaignPlan two;
        two.requests.append({"{}", {2, 3}, {u"+919876510000"_s, u"+919876510001"_s}});
        const QString id = journal.create(CampaignRecord(), two);
        QVERIFY(journal.markInFlight(id, {0}));
        CampaignJournal::Outcome accepted;
        accepted.state = RowState::Accepted;
        accepted.kid = u"kid"_s;
        accepted.echo = {{u"919876510000"_s, u"kid:0"_s}};
        accepted.rows = 2; // as the runner says: both rows were in flight, one came back
        QVERIFY(journal.record(id, {accepted}));
        const QList<JournalRow> rows = journal.rows(id);
        QCOMPARE(rows.at(0).state, RowState::Accepted);
        QCOMPARE(rows.at(1).state, RowState::Unknown);
    }

    void anUnsyncedReservationIsSyncedOnAWorkerThread()
    {
        CampaignJournal journal;
        QVERIFY(journal.open(m_dir.filePath(u"journal-sync.sqlite"_s)));
        const QString id = journal.create(CampaignRecord(), plan());
        QVERIFY(journal.advanceUnsynced(id, {{}, seqs(0, 7), {}, {}}));
        QCOMPARE(journal.counts(id).of(RowState::InFlight), 7); // reserved reads as in flight
        int reports = 0;
        bool synced = false;
        journal.syncReserved(this, [&](bool ok) {
            ++reports;
            synced = ok;
        });
        // The answer comes on this thread, through its event loop: the log was found and synced.
        QCOMPARE(reports, 0);
        QTRY_COMPARE(reports, 1);
        QVERIFY(synced);
    }
};

QTEST_GUILESS_MAIN(TestCampaignJournal)
#include "tst_campaignjournal.moc"
