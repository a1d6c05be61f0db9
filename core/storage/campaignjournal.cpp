#include "campaignjournal.h"

#include "campaignjournalstatements.h"
#include "walsync.h"
#include "json/jsontext.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <iterator>

using namespace Qt::StringLiterals;

namespace soip {

QString rowStateName(RowState state)
{
    // In the order of RowState, which is also the number stored for each.
    static const char *const names[] = {"pending", "in_flight", "accepted", "rejected", "not_sent", "unknown"};
    const auto index = std::size_t(state);
    return index < std::size(names) ? QString::fromLatin1(names[index]) : QString();
}

CampaignJournal::CampaignJournal()
    : m_connection(u"soip-campaigns-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

CampaignJournal::~CampaignJournal()
{
    m_walSync.reset();    // waits for a sync of the connection's log
    m_statements.reset(); // before the connection they belong to goes
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool CampaignJournal::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = tr("The campaign journal could not be written: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool CampaignJournal::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        m_error = tr("The campaign journal %1 cannot be opened: %2")
                      .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    const QStringList setup = {
        u"PRAGMA journal_mode=WAL"_s,
        // NORMAL: in WAL mode a commit is written to the log without an fsync, which a killed
        // process survives but a power cut may not. That is enough for the outcomes (a lost
        // "accepted" reads as "in flight", then unknown: never sent again) and for the mark that a
        // reserved request leaves (see recoverInFlight). Reserving is committed with FULL
        // (advance), because losing it would make the row read as pending and be sent twice; the
        // runner reserves several requests at a time, so one fsync covers them all.
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS campaigns (id TEXT PRIMARY KEY, name TEXT, created_at TEXT, state TEXT, "
        "account_name TEXT, account_id TEXT, sid TEXT, base_url TEXT, source_name TEXT, source_sha256 TEXT, "
        "template TEXT, settings TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS campaign_requests (campaign TEXT, seq INTEGER, body BLOB, "
        "PRIMARY KEY (campaign, seq))"_s,
        u"CREATE TABLE IF NOT EXISTS campaign_rows (campaign TEXT, row INTEGER, recipient TEXT, request INTEGER, "
        "state INTEGER, kid TEXT, message_id TEXT, code TEXT, message TEXT, status TEXT, "
        "PRIMARY KEY (campaign, row))"_s,
        u"DROP INDEX IF EXISTS campaign_rows_request"_s,
        u"CREATE INDEX IF NOT EXISTS campaign_rows_by_request ON campaign_rows (campaign, request)"_s,
        // Statuses are stored by row (setStatuses): an index of message ids cost every accepted
        // row a third of the journal's CPU (bench_campaign), to serve the rare status query.
        u"DROP INDEX IF EXISTS campaign_rows_message"_s,
        // The boot a campaign last ran under (bootsession.h).
        u"CREATE TABLE IF NOT EXISTS campaign_runs (campaign TEXT PRIMARY KEY, boot TEXT)"_s,
    };
    for (const QString &sql : setup) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            m_error = tr("The campaign journal %1 cannot be read: %2")
                          .arg(QDir::toNativeSeparators(path), query.lastError().text());
            return false;
        }
    }
    m_walSync = std::make_unique<WalSync>(path);
    m_statements = std::make_unique<Statements>(db);
    if (!m_statements->prepare()) {
        m_error = tr("The campaign journal cannot be set up: %1").arg(db.lastError().text());
        m_statements.reset();
        return false;
    }
    return true;
}

QString CampaignJournal::create(CampaignRecord record, const CampaignPlan &plan)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    db.transaction();
    bool ok =
        exec(u"INSERT INTO campaigns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {record.id, record.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), u"running"_s,
              record.accountName, record.accountId, record.sid, record.baseUrl.toString(), record.sourceName,
              QString::fromLatin1(record.sourceSha256), QString::fromUtf8(record.templateJson),
              QString::fromUtf8(QJsonDocument(record.settings).toJson(QJsonDocument::Compact))});
    QSqlQuery request(db);
    request.prepare(u"INSERT INTO campaign_requests VALUES (?, ?, ?)"_s);
    QSqlQuery row(db);
    row.prepare(u"INSERT INTO campaign_rows (campaign, row, recipient, request, state) VALUES (?, ?, ?, ?, 0)"_s);
    for (qsizetype seq = 0; ok && seq < plan.requests.size(); ++seq) {
        const PlannedRequest &planned = plan.requests.at(seq);
        request.addBindValue(record.id);
        request.addBindValue(int(seq));
        request.addBindValue(planned.body);
        ok = request.exec();
        for (qsizetype i = 0; ok && i < planned.rows.size(); ++i) {
            row.addBindValue(record.id);
            row.addBindValue(planned.rows.at(i));
            row.addBindValue(planned.recipients.at(i));
            row.addBindValue(int(seq));
            ok = row.exec();
        }
    }
    if (!ok || !db.commit()) {
        if (m_error.isEmpty())
            m_error = tr("The campaign could not be stored: %1").arg(db.lastError().text());
        db.rollback();
        return {};
    }
    return record.id;
}

namespace {
CampaignRecord recordFrom(const QSqlQuery &query)
{
    CampaignRecord record;
    record.id = query.value(0).toString();
    record.name = query.value(1).toString();
    record.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    record.state = query.value(3).toString();
    record.accountName = query.value(4).toString();
    record.accountId = query.value(5).toString();
    record.sid = query.value(6).toString();
    record.baseUrl = QUrl(query.value(7).toString());
    record.sourceName = query.value(8).toString();
    record.sourceSha256 = query.value(9).toString().toLatin1();
    record.templateJson = query.value(10).toString().toUtf8();
    record.settings = JsonText::parse(query.value(11).toString().toUtf8()).object();
    return record;
}
} // namespace

std::optional<CampaignRecord> CampaignJournal::find(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT * FROM campaigns WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

QList<CampaignRecord> CampaignJournal::list() const
{
    QList<CampaignRecord> all;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT * FROM campaigns ORDER BY created_at DESC, rowid DESC"_s))
        return all;
    while (query.next())
        all.append(recordFrom(query));
    return all;
}

QString CampaignJournal::latestInterrupted() const
{
    for (const CampaignRecord &record : list()) {
        if (record.state != u"finished")
            return record.id;
    }
    return {};
}

bool CampaignJournal::setState(const QString &id, const QString &state)
{
    return exec(u"UPDATE campaigns SET state = ? WHERE id = ?"_s, {state, id});
}

int CampaignJournal::recoverInFlight(const QString &id, const QByteArray &boot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery lastRun(db);
    lastRun.prepare(u"SELECT boot FROM campaign_runs WHERE campaign = ?"_s);
    lastRun.addBindValue(id);
    const bool sameBoot =
        !boot.isEmpty() && lastRun.exec() && lastRun.next() && lastRun.value(0).toString().toLatin1() == boot;
    db.transaction();
    if (sameBoot) {
        // The machine has not restarted, so the unsynced mark of every request that left is here:
        // a row still only reserved never left.
        exec(u"UPDATE campaign_rows SET state = 0 WHERE campaign = ? AND state = ?"_s, {id, kStoredReservedState});
    }
    QSqlQuery query(db);
    query.prepare(u"UPDATE campaign_rows SET state = 5 WHERE campaign = ? AND state IN (1, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(kStoredReservedState);
    const int recovered = query.exec() ? query.numRowsAffected() : 0;
    // Before anything is reserved under this boot: a later recovery compares with it.
    exec(u"INSERT OR REPLACE INTO campaign_runs VALUES (?, ?)"_s, {id, QString::fromLatin1(boot)});
    db.commit();
    return recovered;
}

int CampaignJournal::resendUnknown(const QString &id)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"UPDATE campaign_rows SET state = 0 WHERE campaign = ? AND state = 5"_s);
    query.addBindValue(id);
    return query.exec() ? query.numRowsAffected() : 0;
}

QList<JournalRequest> CampaignJournal::pendingRequests(const QString &id) const
{
    QList<JournalRequest> requests;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT r.request, r.row, r.recipient, q.body FROM campaign_rows r JOIN campaign_requests q "
                  "ON q.campaign = r.campaign AND q.seq = r.request WHERE r.campaign = ? AND r.state = 0 "
                  "ORDER BY r.request, r.row"_s);
    query.addBindValue(id);
    if (!query.exec())
        return requests;
    while (query.next()) {
        const int seq = query.value(0).toInt();
        if (requests.isEmpty() || requests.last().seq != seq)
            requests.append({seq, query.value(3).toByteArray(), {}, {}});
        requests.last().rows.append(query.value(1).toInt());
        requests.last().recipients.append(query.value(2).toString());
    }
    return requests;
}

bool CampaignJournal::advance(const QString &id, const Step &step)
{
    // A step that reserves is committed and synced to the disk before the requests leave: after a
    // power cut as after kill -9, a row that may have gone out reads as in flight, never pending.
    return write(id, step, !step.reserve.isEmpty());
}

bool CampaignJournal::advanceUnsynced(const QString &id, const Step &step)
{
    return write(id, step, false);
}

void CampaignJournal::syncReserved(QObject *context, std::function<void(bool)> done)
{
    if (m_walSync)
        m_walSync->syncLater(context, std::move(done));
    else
        QMetaObject::invokeMethod(
            context, [done = std::move(done)] { done(false); }, Qt::QueuedConnection);
}

void CampaignJournal::waitForSync()
{
    if (m_walSync)
        m_walSync->wait();
}

bool CampaignJournal::write(const QString &id, const Step &step, bool synced)
{
    if (step.outcomes.isEmpty() && step.reserve.isEmpty() && step.launch.isEmpty() && step.release.isEmpty())
        return true;
    if (!m_statements)
        return false;
    Statements &st = *m_statements;
    bool ok = (!synced || st.syncFull.exec()) && st.begin.exec();
    const QVariant campaign = id;
    ok = ok && recordOutcomes(campaign, step.outcomes);
    ok = ok && Statements::move(st.moveRows, campaign, step.reserve, int(RowState::Pending), kStoredReservedState);
    ok = ok && Statements::move(st.moveRows, campaign, step.launch, kStoredReservedState, int(RowState::InFlight));
    ok = ok && Statements::move(st.moveRows, campaign, step.release, kStoredReservedState, int(RowState::Pending));
    if (!ok || !st.commit.exec()) {
        m_error = tr("The campaign journal could not be written: %1")
                      .arg(st.finished.lastError().text() + st.accepted.lastError().text() +
                           st.moveRows.lastError().text() + st.commit.lastError().text());
        st.rollback.exec();
        ok = false;
    }
    if (synced)
        st.syncNormal.exec(); // the steps that follow need no fsync of their own
    return ok;
}

bool CampaignJournal::recordOutcomes(const QVariant &campaign, const QList<Outcome> &outcomes)
{
    Statements &st = *m_statements;
    bool ok = true;
    const auto finish = [&](int seq, RowState state, const QString &code, const QString &message) {
        st.finished.bindValue(0, int(state));
        st.finished.bindValue(1, code);
        st.finished.bindValue(2, message);
        st.finished.bindValue(3, campaign);
        st.finished.bindValue(4, seq);
        ok = ok && st.finished.exec();
    };
    for (const Outcome &outcome : outcomes) {
        if (outcome.state == RowState::Accepted) {
            const QVariant kid = outcome.kid;
            int echoed = 0;
            for (const auto &[recipient, messageId] : outcome.echo) {
                st.accepted.bindValue(0, kid);
                st.accepted.bindValue(1, messageId);
                st.accepted.bindValue(2, campaign);
                st.accepted.bindValue(3, outcome.seq);
                st.accepted.bindValue(4, recipient.startsWith(u'+') ? recipient : QString(u'+' + recipient));
                ok = ok && st.accepted.exec();
                echoed += ok ? st.accepted.numRowsAffected() : 0;
            }
            // A number the vendor did not echo: we cannot tell what became of it.
            if (outcome.rows <= 0 || echoed < outcome.rows)
                finish(outcome.seq, RowState::Unknown, {}, {});
        } else {
            finish(outcome.seq, outcome.state, outcome.code, outcome.message);
        }
    }
    return ok;
}

CampaignJournal::StatusQuery CampaignJournal::statusQuery(const QList<JournalRow> &rows)
{
    StatusQuery query;
    for (const JournalRow &row : rows) {
        if (!row.messageId.isEmpty()) {
            query.messageIds.append(row.messageId);
            query.rowOf.insert(row.messageId, row.row);
        }
    }
    return query;
}

bool CampaignJournal::setStatuses(const QString &id, const StatusQuery &asked,
                                  const QList<DeliveryStatus> &statuses)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    bool ok = query.prepare(u"UPDATE campaign_rows SET status = ? WHERE campaign = ? AND row = ?"_s);
    for (const DeliveryStatus &status : statuses) {
        const auto row = asked.rowOf.constFind(status.messageId);
        if (row == asked.rowOf.cend())
            continue; // not one this campaign asked for
        query.bindValue(0, status.status);
        query.bindValue(1, id);
        query.bindValue(2, *row);
        ok = ok && query.exec();
    }
    if (!ok || !db.commit()) {
        m_error = tr("The campaign journal could not be written: %1").arg(query.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

CampaignCounts CampaignJournal::counts(const QString &id) const
{
    CampaignCounts counts;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT state, COUNT(*) FROM campaign_rows WHERE campaign = ? GROUP BY state"_s);
    query.addBindValue(id);
    if (!query.exec())
        return counts;
    while (query.next()) {
        int state = query.value(0).toInt();
        if (state == kStoredReservedState)
            state = int(RowState::InFlight);
        if (state >= 0 && state < 6) {
            const qint64 count = query.value(1).toLongLong();
            counts.byState[state] += count; // reserved rows add to InFlight
            counts.rows += count;
        }
    }
    return counts;
}

QList<JournalRow> CampaignJournal::rows(const QString &id) const
{
    QList<JournalRow> rows;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT row, recipient, state, kid, message_id, code, message, status FROM campaign_rows "
                  "WHERE campaign = ? ORDER BY row"_s);
    query.addBindValue(id);
    if (!query.exec())
        return rows;
    while (query.next()) {
        JournalRow row;
        row.row = query.value(0).toInt();
        row.to = query.value(1).toString();
        const int state = query.value(2).toInt();
        row.state = state == kStoredReservedState ? RowState::InFlight : RowState(std::clamp(state, 0, 5));
        row.kid = query.value(3).toString();
        row.messageId = query.value(4).toString();
        row.code = query.value(5).toString();
        row.message = query.value(6).toString();
        row.status = query.value(7).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace soip
