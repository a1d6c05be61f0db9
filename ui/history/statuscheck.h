#pragma once

#include "accounts/account.h"
#include "net/deliverystatus.h"

#include <QObject>
#include <QStringList>

namespace soip {

class SendService;

// "Check status" for many message ids: asks the status endpoint in batches of 100 (core's
// SendService::queryStatus, the same as `soip campaign report`), one batch after the other, and
// hands each batch's answers over as they arrive so they can be stored and shown at once. Not
// SendController::checkStatus: its signal is the composer window's, which would show these
// answers as its own send's.
class StatusCheck final : public QObject {
    Q_OBJECT

public:
    static constexpr int kBatchSize = 100;

    // `service` is not owned and must outlive the check.
    StatusCheck(SendService *service, const Account &account, const QStringList &messageIds,
                QObject *parent = nullptr);
    // Asks for the first batch; emits finished() once, when all were asked or one failed.
    void start();

signals:
    void answered(const QList<soip::DeliveryStatus> &statuses, int asked, int total);
    void finished(bool ok, const QString &explanation);

private:
    void askNext();

    SendService *m_service = nullptr;
    Account m_account;
    QStringList m_ids;
    int m_next = 0;
};

} // namespace soip
