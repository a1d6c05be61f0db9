#pragma once

#include "bootsession.h"
#include "campaign/campaignplan.h"
#include "net/deliverystatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace soip {

class WalSync;

// The state of one recipient of a campaign. Stored as these numbers: never renumber.
enum class RowState {
    Pending = 0,  // not sent yet
    InFlight = 1, // written before its request goes out; after a crash it becomes Unknown
    Accepted = 2, // the vendor took it: kid and message id known
    Rejected = 3, // the vendor refused it: its code and message
    NotSent = 4,  // failed before anything left this computer: safe to send again
    Unknown = 5,  // the answer was lost: never sent again unless the person asks
};
QString rowStateName(RowState state);
// Stored for a row that a running campaign has reserved (CampaignJournal::Step): it may leave
// next, and reads back as InFlight. Not a RowState: only SQL on the journal's table meets it.
inline constexpr int kStoredReservedState = 6; // "pending", "in_flight", …

struct CampaignRecord {
    QString id;
    QString name;
    QDateTime createdAt;
    QString state; // "running", "interrupted", "finished"
    QString accountName;
    QString accountId; // a saved account, whose key the keychain has; empty for a typed endpoint
    QString sid;
    QUrl baseUrl;
    QString sourceName;
    QByteArray sourceSha256; // hex
    QByteArray templateJson;
    QJsonObject settings; // concurrency, rate, batch, timeout
};

struct CampaignCounts {
    qint64 rows = 0;
    qint64 byState[6] = {};
    qint64 of(RowState state) const { return byState[int(state)]; }
};

struct JournalRow {
    int row = 0;
    QString to;
    RowState state = RowState::Pending;
    QString kid;
    QString messageId;
    QString code;
    QString message;
    QString status;
};

// A request still to make: its rendered message and its pending rows.
struct JournalRequest {
    int seq = 0;
    QByteArray body;
    QList<int> rows;
    QStringList recipients;
};

// Campaigns in the history store (the same SQLite file as SendHistory, in WAL mode so the app can
// read it while `soip campaign` writes). Every state change is committed before the next step, so
// a request is reserved on disk (synchronous=FULL, also across a power cut) before it leaves;
// outcomes are committed with NORMAL (a crash leaves them in flight: unknown, never pending).
// Never the API key.
class CampaignJournal final {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignJournal)

public:
    CampaignJournal();
    ~CampaignJournal();
    CampaignJournal(const CampaignJournal &) = delete;
    CampaignJournal &operator=(const CampaignJournal &) = delete;

    bool open(const QString &path);
    QString errorString() const { return m_error; }

    // Stores the campaign and its plan in one transaction; returns its new id, or empty.
    QString create(CampaignRecord record, const CampaignPlan &plan);
    std::optional<CampaignRecord> find(const QString &id) const;
    QList<CampaignRecord> list() const; // newest first
    QString latestInterrupted() const;
    bool setState(const QString &id, const QString &state);

    // After a crash, with the campaign's lock held: rows in flight become Unknown; rows only
    // reserved become Pending again if the machine has not restarted since (currentBootSession),
    // else Unknown too. Returns how many became Unknown. `bootSession` is for tests.
    int recoverInFlight(const QString &id, const QByteArray &bootSession = currentBootSession());
    // The person checked delivery and asks again: Unknown rows become Pending.
    int resendUnknown(const QString &id);

    QList<JournalRequest> pendingRequests(const QString &id) const;
    // What became of one request's rows in flight: back to Pending (429, a failure to connect), a
    // final state, or Accepted with each echoed number's message id (rows not echoed: Unknown).
    struct Outcome {
        int seq = 0;
        RowState state = RowState::Unknown;
        QString code;
        QString message;
        QString kid;
        QList<QPair<QString, QString>> echo; // number as echoed, message id
        int rows = 0; // the request's rows in flight, when known: all echoed leaves none Unknown
    };
    // One step of a running campaign, written in one transaction, in this order. A request is
    // reserved before it may leave, and marked as leaving just before it does. Only reserving
    // must survive a power cut before anything leaves, so only a step that reserves is synced to
    // the disk; the runner reserves several requests at once, so one fsync covers them all.
    // Reserved rows read as InFlight.
    struct Step {
        QList<Outcome> outcomes; // lost in a power cut, the rows stay in flight: Unknown, never Pending
        QList<int> reserve;      // requests whose pending rows are reserved (synced)
        QList<int> launch;       // reserved requests that leave next
        QList<int> release;      // reserved requests that will not leave now: pending again
    };
    bool advance(const QString &id, const Step &step);
    // Like advance(), but a step that reserves is only written, not synced: the rows it reserved
    // may leave once syncReserved() has reported back. The runner writes so, to keep answering
    // and sending while the disk catches up; `context` waits with waitForSync() before it goes.
    bool advanceUnsynced(const QString &id, const Step &step);
    void syncReserved(QObject *context, std::function<void(bool ok)> done);
    void waitForSync();
    // Requests that leave at once, reserved and marked in one synced transaction.
    bool markInFlight(const QString &id, const QList<int> &seqs) { return advance(id, {{}, seqs, seqs, {}}); }
    bool record(const QString &id, const QList<Outcome> &outcomes) { return advance(id, {outcomes, {}, {}, {}}); }
    // What a status query of a campaign asks for: its accepted rows' message ids in row order, and
    // each one's row, by which setStatuses() keeps the answer (no index of message ids is kept
    // up to date on every answer: docs/campaigns.md).
    struct StatusQuery {
        QStringList messageIds;
        QHash<QString, int> rowOf;
    };
    static StatusQuery statusQuery(const QList<JournalRow> &rows);
    // Keeps the statuses of the message ids `query` asked for, in one transaction.
    bool setStatuses(const QString &id, const StatusQuery &query, const QList<DeliveryStatus> &statuses);

    CampaignCounts counts(const QString &id) const;
    QList<JournalRow> rows(const QString &id) const;

private:
    struct Statements;

    bool exec(const QString &sql, const QVariantList &values = {});
    bool recordOutcomes(const QVariant &campaign, const QList<Outcome> &outcomes);
    bool write(const QString &id, const Step &step, bool synced);

    QString m_connection;
    std::unique_ptr<Statements> m_statements; // those of every request, prepared once in open()
    std::unique_ptr<WalSync> m_walSync;
    QString m_error;
};

} // namespace soip
