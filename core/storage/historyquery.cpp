#include "historyquery.h"

#include "campaignjournal.h"
#include "sendhistory.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

// Every text column of a send, for the words the trigram index cannot look up (under 3 characters).
const auto kSendText = u"(coalesce(s.recipients, '') || ' ' || coalesce(s.kid, '') || ' ' || "
                       "coalesce(s.message_ids, '') || ' ' || coalesce(s.account, '') || ' ' || "
                       "coalesce(s.message, ''))"_s;

// A send's type, NULL for a payload that is not JSON (json_extract would fail the whole query). The
// index sends_type is on this very expression, which is how SQLite knows to use it.
QString sendType(const QString &column = u"s.message"_s)
{
    return u"(CASE WHEN json_valid("_s + column + u") THEN json_extract("_s + column + u", '$.type') END)"_s;
}
const auto kSendTo = u"(CASE WHEN json_valid(s.message) THEN json_extract(s.message, '$.to') END)"_s;
const auto kCampaignType = u"(CASE WHEN json_valid(c.template) THEN json_extract(c.template, '$.type') END)"_s;

QString likePattern(const QString &word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void addDayRange(const HistoryFilter &filter, const QString &column, QStringList &where, QVariantList &values)
{
    if (filter.from.isValid()) {
        where << column + u" >= ?"_s;
        values << utcText(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        where << column + u" < ?"_s;
        values << utcText(filter.to.addDays(1).startOfDay());
    }
}

} // namespace

bool HistoryEntry::newerThan(const HistoryEntry &a, const HistoryEntry &b)
{
    if (a.when != b.when)
        return a.when > b.when;
    if (a.kind != b.kind)
        return a.kind == Kind::Campaign;
    return a.sendId > b.sendId;
}

HistoryQuery::HistoryQuery()
    : m_connection(u"soip-history-query-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HistoryQuery::~HistoryQuery()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool HistoryQuery::open(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("The history %1 cannot be opened: %2").arg(path, db.lastError().text());
        return false;
    }
    return migrate();
}

// Migrations: only additions that leave `sends` and the campaign tables as every writer knows them.
bool HistoryQuery::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const auto run = [&db](const QString &sql) {
        QSqlQuery query(db);
        return query.exec(sql);
    };
    // The window may open a file no send was recorded in yet: the index needs the table.
    for (const QString &sql : SendHistory::schema()) {
        if (!run(sql)) {
            m_error = tr("The history cannot be read: %1").arg(db.lastError().text());
            return false;
        }
    }
    run(u"CREATE INDEX IF NOT EXISTS sends_account ON sends (account, id)"_s);
    run(u"CREATE INDEX IF NOT EXISTS sends_sent_at ON sends (sent_at)"_s);
    run(u"CREATE INDEX IF NOT EXISTS sends_kind ON sends (kind)"_s);
    run(u"CREATE INDEX IF NOT EXISTS sends_type ON sends "_s + sendType(u"message"_s));

    const auto indexExists = [&db] {
        QSqlQuery existing(db);
        return existing.exec(u"SELECT 1 FROM sqlite_master WHERE name = 'sends_fts'"_s) && existing.next();
    };
    const bool hadIndex = indexExists();
    // Another connection (the app's start-up build of the index) may make it at the same moment.
    m_fts = hadIndex ||
            run(u"CREATE VIRTUAL TABLE sends_fts USING fts5(recipients, kid, message_ids, account, message, "
                "content='sends', content_rowid='id', tokenize='trigram')"_s) ||
            indexExists();
    if (m_fts && !hadIndex) {
        db.transaction();
        m_fts =
            run(u"CREATE TRIGGER IF NOT EXISTS sends_fts_insert AFTER INSERT ON sends BEGIN "
                "INSERT INTO sends_fts (rowid, recipients, kid, message_ids, account, message) "
                "VALUES (new.id, new.recipients, new.kid, new.message_ids, new.account, new.message); END"_s) &&
            run(u"CREATE TRIGGER IF NOT EXISTS sends_fts_delete AFTER DELETE ON sends BEGIN "
                "INSERT INTO sends_fts (sends_fts, rowid, recipients, kid, message_ids, account, message) "
                "VALUES ('delete', old.id, old.recipients, old.kid, old.message_ids, old.account, old.message); "
                "END"_s) &&
            run(u"INSERT INTO sends_fts (sends_fts) VALUES ('rebuild')"_s);
        if (m_fts) {
            db.commit();
        } else {
            db.rollback();
            run(u"DROP TABLE IF EXISTS sends_fts"_s);
        }
    }
    return true;
}

QStringList HistoryQuery::searchWords(const QString &text)
{
    static const QRegularExpression number(u"^[+\\d\\s().-]+$"_s);
    static const QRegularExpression notDigit(u"\\D"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // "+91 98765 43210" is one number, stored as +919876543210.
    if (number.match(trimmed).hasMatch() && trimmed.count(QRegularExpression(u"\\d"_s)) >= kMinWordLength)
        return {QString(trimmed).remove(notDigit)};
    QStringList words;
    for (QString word : trimmed.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts)) {
        if (word.startsWith(u'+') && number.match(word).hasMatch())
            word.remove(notDigit);
        if (word.size() >= kMinWordLength)
            words << word;
    }
    return words;
}

QString HistoryQuery::sendConditions(const HistoryFilter &filter, QVariantList &values) const
{
    QStringList where;
    QStringList phrases;
    for (const QString &word : searchWords(filter.text)) {
        if (m_fts) {
            phrases << u'"' + QString(word).replace(u'"', u"\"\""_s) + u'"';
        } else {
            where << kSendText + u" LIKE ? ESCAPE '\\'"_s;
            values << likePattern(word);
        }
    }
    // The index drives the query (f joined in sendsFrom()): its rows come in rowid order, so a page
    // stops after `limit` matches instead of collecting all of them first.
    if (!phrases.isEmpty()) {
        where.prepend(u"sends_fts MATCH ?"_s);
        values.prepend(phrases.join(u" AND "_s));
    }
    addDayRange(filter, u"s.sent_at"_s, where, values);
    if (!filter.account.isEmpty()) {
        where << u"s.account = ?"_s;
        values << filter.account;
    }
    if (!filter.type.isEmpty()) {
        where << sendType() + u" = ?"_s;
        values << filter.type;
    }
    switch (filter.outcome) {
    case HistoryFilter::Outcome::Any:
        break;
    case HistoryFilter::Outcome::Accepted:
        where << u"s.kind = 0"_s;
        break;
    case HistoryFilter::Outcome::Failed:
        where << u"s.kind BETWEEN 1 AND 6"_s;
        break;
    case HistoryFilter::Outcome::Unknown:
        where << u"s.kind = 7"_s;
        break;
    }
    return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);
}

QString HistoryQuery::sendsFrom(bool fullText)
{
    return fullText ? u" FROM sends_fts f JOIN sends s ON s.id = f.rowid"_s : u" FROM sends s"_s;
}

QList<HistoryEntry> HistoryQuery::sends(const HistoryFilter &filter, const HistoryEntry *after, int limit) const
{
    QVariantList values;
    QString where = sendConditions(filter, values);
    const bool fts = where.contains(u"sends_fts MATCH"_s);
    const QString id = fts ? u"f.rowid"_s : u"s.id"_s;
    if (after) {
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + id + (filter.oldestFirst ? u" > ?"_s : u" < ?"_s);
        values << after->sendId;
    }
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.id, s.sent_at, s.account, "_s + sendType() +
                  u", coalesce(nullif(s.recipients, ''), "_s + kSendTo + u"), s.title, s.kind"_s + sendsFrom(fts) +
                  where + u" ORDER BY "_s + id + (filter.oldestFirst ? u" LIMIT ?"_s : u" DESC LIMIT ?"_s));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<HistoryEntry> entries;
    if (!query.exec())
        return entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.sendId = query.value(0).toLongLong();
        entry.when = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.account = query.value(2).toString();
        entry.type = query.value(3).toString();
        entry.target = query.value(4).toString().replace(u',', u", "_s);
        entry.outcome = query.value(5).toString();
        entry.sendKind = query.value(6).toInt();
        entries.append(entry);
    }
    return entries;
}

qint64 HistoryQuery::countSends(const HistoryFilter &filter) const
{
    QVariantList values;
    const QString where = sendConditions(filter, values);
    const bool fts = where.contains(u"sends_fts MATCH"_s);
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // Every other filter has an index, so only a word search's matches are worth capping.
    if (fts)
        query.prepare(u"SELECT COUNT(*) FROM (SELECT 1"_s + sendsFrom(true) + where + u" LIMIT "_s +
                      QString::number(kCountLimit + 1) + u')');
    else
        query.prepare(u"SELECT COUNT(*) FROM sends s"_s + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QList<HistoryEntry> HistoryQuery::campaigns(const HistoryFilter &filter) const
{
    QStringList where;
    QVariantList values;
    const QStringList words = searchWords(filter.text);
    for (const QString &word : words) {
        where << u"(c.name LIKE ? ESCAPE '\\' OR c.id LIKE ? ESCAPE '\\' OR c.template LIKE ? ESCAPE '\\')"_s;
        values << likePattern(word) << likePattern(word) << likePattern(word);
    }
    // One word may also be a recipient's number, a kid or a message id.
    if (words.size() == 1) {
        where.last() =
            u"("_s + where.last() +
            u" OR EXISTS (SELECT 1 FROM campaign_rows r WHERE r.campaign = c.id AND (r.recipient LIKE ? "
            "ESCAPE '\\' OR r.kid LIKE ? ESCAPE '\\' OR r.message_id LIKE ? ESCAPE '\\')))"_s;
        values << likePattern(words.first()) << likePattern(words.first()) << likePattern(words.first());
    }
    addDayRange(filter, u"c.created_at"_s, where, values);
    if (!filter.account.isEmpty()) {
        where << u"c.account_name = ?"_s;
        values << filter.account;
    }
    if (!filter.type.isEmpty()) {
        where << kCampaignType + u" = ?"_s;
        values << filter.type;
    }
    const auto hasRows = [](const QString &states) -> QString {
        return u"EXISTS (SELECT 1 FROM campaign_rows r WHERE r.campaign = c.id AND r.state IN ("_s + states +
               u"))"_s;
    };
    switch (filter.outcome) {
    case HistoryFilter::Outcome::Any:
        break;
    case HistoryFilter::Outcome::Accepted:
        where << hasRows(u"2"_s);
        break;
    case HistoryFilter::Outcome::Failed:
        where << hasRows(u"3, 4"_s);
        break;
    case HistoryFilter::Outcome::Unknown:
        where << hasRows(u"1, 5, "_s + QString::number(kStoredReservedState));
        break;
    }
    QList<HistoryEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    QString sql = u"SELECT c.id, c.name, c.created_at, c.account_name, "_s + kCampaignType +
                  u", c.state, (SELECT COUNT(*) FROM campaign_rows r WHERE r.campaign = c.id) FROM campaigns c"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql +=
        filter.oldestFirst ? u" ORDER BY c.created_at, c.rowid"_s : u" ORDER BY c.created_at DESC, c.rowid DESC"_s;
    if (!query.prepare(sql))
        return entries;
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.kind = HistoryEntry::Kind::Campaign;
        entry.campaignId = query.value(0).toString();
        entry.target = query.value(1).toString();
        entry.when = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        entry.account = query.value(3).toString();
        entry.type = query.value(4).toString();
        entry.outcome = query.value(5).toString();
        entry.rows = query.value(6).toLongLong();
        entries.append(entry);
    }
    return entries;
}

QStringList HistoryQuery::accounts() const
{
    QStringList names;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // Served by the (account, id) index: one step per account, not per send.
    if (!query.exec(u"SELECT DISTINCT account FROM sends WHERE account IS NOT NULL AND account != ''"_s))
        return names;
    while (query.next())
        names << query.value(0).toString();
    QSqlQuery campaigns(QSqlDatabase::database(m_connection, false));
    if (campaigns.exec(u"SELECT DISTINCT account_name FROM campaigns"_s)) {
        while (campaigns.next()) {
            const QString name = campaigns.value(0).toString();
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace soip
