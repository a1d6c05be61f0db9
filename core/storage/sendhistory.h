#pragma once

#include "accounts/account.h"
#include "model/message.h"
#include "net/sendoutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace soip {

// One send as the history keeps it. Never the API key: it is not part of any of these values.
struct SendRecord {
    qint64 id = 0;
    QDateTime sentAt; // UTC
    QString accountName;
    QString sid;
    QString baseUrl;
    SendOutcome::Kind kind = SendOutcome::Kind::NotSent;
    QString title;       // SendOutcome::title() at the time
    QString explanation; // SendOutcome::explanation() at the time
    int httpStatus = 0;
    QString kid;
    QStringList messageIds;
    QStringList recipients;
    QByteArray messageJson; // the canonical JSON that was sent
};

// Sends and their outcomes in an SQLite file, newest first, so "did this go out?" has an answer
// after the app was closed. Each instance has its own database connection.
class SendHistory final {
    Q_DECLARE_TR_FUNCTIONS(soip::SendHistory)

public:
    SendHistory();
    ~SendHistory();
    SendHistory(const SendHistory &) = delete;
    SendHistory &operator=(const SendHistory &) = delete;

    // Opens (creating when needed) the history at `path`. False with errorString() on failure.
    bool open(const QString &path);
    QString errorString() const { return m_error; }

    // Records one send; returns its id, or 0 on failure.
    qint64 record(const Account &account, const Message &message, const SendOutcome &outcome);
    QList<SendRecord> recent(int limit = 100) const;
    std::optional<SendRecord> find(qint64 id) const;
    bool clear();

    // Delivery statuses asked for later ("Check status"), by message id, so the history shows them
    // next time. Kept in a table of their own: older versions and `soip` never see a changed `sends`.
    bool setStatus(const QString &messageId, const QString &status);
    QHash<QString, QString> statuses(const QStringList &messageIds) const;

    QString path() const { return m_path; }

    // <app data dir>/history.sqlite
    static QString defaultPath();
    // The statements that make this class's tables when they are missing (also run by HistoryQuery).
    static QStringList schema();

private:
    static SendRecord recordFrom(const QSqlQuery &query);

    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace soip
