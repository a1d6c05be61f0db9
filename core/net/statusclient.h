#pragma once

#include "accounts/account.h"
#include "statusjob.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>

#include <chrono>

namespace soip {

// Asks for delivery status: GET {base}/v1/{SID}/messages/status?message_ids=id1,id2. A GET changes
// nothing, so unlike a send it may be repeated freely. Same security rules as SoipClient.
class StatusClient final : public QObject {
    Q_OBJECT

public:
    explicit StatusClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // Never returns null; the job emits `finished` once, after this returns.
    StatusJob *query(const Account &account, const QString &apiKey, const QStringList &messageIds);

private:
    friend class SendService;
    void submit(StatusJob *job, const Account &account, const QString &apiKey, const QStringList &messageIds);

    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = std::chrono::seconds(30);
};

} // namespace soip
