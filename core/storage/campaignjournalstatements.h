#pragma once

// Private to CampaignJournal: the statements it runs for every request of a running campaign.

#include "campaignjournal.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace soip {

// The statements a running campaign executes for every request, prepared once: preparing them
// again for each request cost more CPU than SQLite's work (bench_campaign's journal figure).
struct CampaignJournal::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db)
        , commit(db)
        , rollback(db)
        , moveRows(db)
        , accepted(db)
        , finished(db)
        , syncFull(db)
        , syncNormal(db)
    {}
    bool prepare()
    {
        using namespace Qt::StringLiterals;
        return begin.prepare(u"BEGIN"_s) && commit.prepare(u"COMMIT"_s) && rollback.prepare(u"ROLLBACK"_s) &&
               moveRows.prepare(
                   u"UPDATE campaign_rows SET state = ? WHERE campaign = ? AND request BETWEEN ? AND ? AND state = ?"_s) &&
               accepted.prepare(u"UPDATE campaign_rows SET state = 2, kid = ?, message_id = ? WHERE campaign = ? "
                                "AND request = ? AND state = 1 AND recipient = ?"_s) &&
               finished.prepare(
                   u"UPDATE campaign_rows SET state = ?, code = ?, message = ? WHERE campaign = ? AND "
                   "request = ? AND state = 1"_s) &&
               syncFull.prepare(u"PRAGMA synchronous=FULL"_s) &&
               syncNormal.prepare(u"PRAGMA synchronous=NORMAL"_s);
    }
    // Moves the rows of each request from one stored state to another: one statement for each run
    // of consecutive requests, as the runner reserves them in order.
    static bool move(QSqlQuery &query, const QVariant &campaign, const QList<int> &seqs, int from, int to)
    {
        for (qsizetype first = 0; first < seqs.size();) {
            qsizetype last = first;
            while (last + 1 < seqs.size() && seqs.at(last + 1) == seqs.at(last) + 1)
                ++last;
            query.bindValue(0, to);
            query.bindValue(1, campaign);
            query.bindValue(2, seqs.at(first));
            query.bindValue(3, seqs.at(last));
            query.bindValue(4, from);
            if (!query.exec())
                return false;
            first = last + 1;
        }
        return true;
    }
    QSqlQuery begin;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery moveRows; // reserve, launch and release: one stored state to another
    QSqlQuery accepted;
    QSqlQuery finished;
    QSqlQuery syncFull;
    QSqlQuery syncNormal;
};

} // namespace soip
