#include "statusclient.h"

#include "httpexchange.h"
#include "soiprequest.h"

namespace soip {

StatusClient::StatusClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

StatusJob *StatusClient::query(const Account &account, const QString &apiKey, const QStringList &messageIds)
{
    auto *job = new StatusJob(this);
    submit(job, account, apiKey, messageIds);
    return job;
}

void StatusClient::submit(StatusJob *job, const Account &account, const QString &apiKey,
                          const QStringList &messageIds)
{
    if (job->isFinished())
        return;
    const QStringList problems = account.problems();
    if (!problems.isEmpty()) {
        job->finishLater(StatusOutcome::notAsked(problems.join(u' ')));
        return;
    }
    if (apiKey.trimmed().isEmpty()) {
        job->finishLater(StatusOutcome::notAsked(tr("There is no API key for this account.")));
        return;
    }
    QStringList ids;
    for (const QString &id : messageIds) {
        if (!id.trimmed().isEmpty())
            ids.append(id.trimmed());
    }
    if (ids.isEmpty()) {
        job->finishLater(StatusOutcome::notAsked(tr("Give at least one message id.")));
        return;
    }
    auto *exchange =
        HttpExchange::get(m_manager, SoipRequest::statusRequest(account, apiKey.trimmed(), ids), m_timeout, job);
    job->start(exchange);
}

} // namespace soip
