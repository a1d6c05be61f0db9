#include "statuscheck.h"

#include "net/sendservice.h"
#include "net/statusjob.h"

namespace soip {

StatusCheck::StatusCheck(SendService *service, const Account &account, const QStringList &messageIds,
                         QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_account(account)
    , m_ids(messageIds)
{}

void StatusCheck::start()
{
    m_next = 0;
    askNext();
}

void StatusCheck::askNext()
{
    if (m_next >= m_ids.size()) {
        emit finished(true, {});
        return;
    }
    const QStringList batch = m_ids.mid(m_next, kBatchSize);
    m_next += int(batch.size());
    StatusJob *job = m_service->queryStatus(m_account, batch);
    connect(job, &StatusJob::finished, this, [this](const StatusOutcome &outcome) {
        if (outcome.kind != StatusOutcome::Kind::Ok) {
            emit finished(false, outcome.explanation());
            return;
        }
        emit answered(outcome.statuses, m_next, int(m_ids.size()));
        askNext();
    });
}

} // namespace soip
