#include "sendhistory.h"

#include "net/soiprequest.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
const auto kColumns = u"id, sent_at, account, sid, base_url, kind, title, explanation, http_status, kid, "
                      "message_ids, recipients, message"_s;
} // namespace

SendHistory::SendHistory()
    : m_connection(u"soip-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SendHistory::~SendHistory()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString SendHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

QStringList SendHistory::schema()
{
    return {
        u"CREATE TABLE IF NOT EXISTS sends ("
        "id INTEGER PRIMARY KEY AUTOINCREMENT, sent_at TEXT NOT NULL, account TEXT, sid TEXT, "
        "base_url TEXT, kind INTEGER, title TEXT, explanation TEXT, http_status INTEGER, "
        "kid TEXT, message_ids TEXT, recipients TEXT, message TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS send_status (message_id TEXT PRIMARY KEY, status TEXT, checked_at TEXT)"_s,
    };
}

bool SendHistory::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = tr("The send history %1 cannot be opened: %2")
                      .arg(QDir::toNativeSeparators(path), db.lastError().text());
        return false;
    }
    m_path = path;
    for (const QString &sql : schema()) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            m_error = tr("The send history %1 cannot be read: %2")
                          .arg(QDir::toNativeSeparators(path), query.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 SendHistory::record(const Account &account, const Message &message, const SendOutcome &outcome)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT INTO sends (sent_at, account, sid, base_url, kind, title, explanation, http_status, "
                  "kid, message_ids, recipients, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QStringList ids;
    QStringList recipients;
    for (const SentRecipient &recipient : outcome.recipients) {
        ids << recipient.messageId;
        recipients << recipient.recipient;
    }
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(account.name);
    query.addBindValue(account.sid);
    query.addBindValue(account.baseUrl.toString());
    query.addBindValue(int(outcome.kind));
    query.addBindValue(outcome.title());
    query.addBindValue(outcome.explanation());
    query.addBindValue(outcome.httpStatus);
    query.addBindValue(outcome.kid);
    query.addBindValue(ids.join(u','));
    query.addBindValue(recipients.join(u','));
    query.addBindValue(QString::fromUtf8(SoipRequest::body(message)));
    if (!query.exec()) {
        m_error = tr("The send could not be added to the history: %1").arg(query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<SendRecord> SendHistory::recent(int limit) const
{
    QList<SendRecord> list;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + kColumns + u" FROM sends ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(limit);
    if (!query.exec())
        return list;
    while (query.next())
        list.append(recordFrom(query));
    return list;
}

std::optional<SendRecord> SendHistory::find(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT "_s + kColumns + u" FROM sends WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return recordFrom(query);
}

SendRecord SendHistory::recordFrom(const QSqlQuery &query)
{
    SendRecord record;
    record.id = query.value(0).toLongLong();
    record.sentAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.accountName = query.value(2).toString();
    record.sid = query.value(3).toString();
    record.baseUrl = query.value(4).toString();
    record.kind = SendOutcome::Kind(query.value(5).toInt());
    record.title = query.value(6).toString();
    record.explanation = query.value(7).toString();
    record.httpStatus = query.value(8).toInt();
    record.kid = query.value(9).toString();
    record.messageIds = query.value(10).toString().split(u',', Qt::SkipEmptyParts);
    record.recipients = query.value(11).toString().split(u',', Qt::SkipEmptyParts);
    record.messageJson = query.value(12).toString().toUtf8();
    return record;
}

bool SendHistory::setStatus(const QString &messageId, const QString &status)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"INSERT OR REPLACE INTO send_status (message_id, status, checked_at) VALUES (?, ?, ?)"_s);
    query.addBindValue(messageId);
    query.addBindValue(status);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!query.exec()) {
        m_error = tr("The delivery status could not be added to the history: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

QHash<QString, QString> SendHistory::statuses(const QStringList &messageIds) const
{
    QHash<QString, QString> found;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT status FROM send_status WHERE message_id = ?"_s);
    for (const QString &id : messageIds) {
        query.addBindValue(id);
        if (query.exec() && query.next())
            found.insert(id, query.value(0).toString());
    }
    return found;
}

bool SendHistory::clear()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"DELETE FROM sends"_s);
}

} // namespace soip
