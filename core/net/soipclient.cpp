#include "soipclient.h"

#include "endpointpolicy.h"
#include "httpexchange.h"
#include "soiprequest.h"
#include "validation/validator.h"

#include <QCryptographicHash>

namespace soip {

SoipClient::SoipClient(QNetworkAccessManager *manager, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
{}

SendJob *SoipClient::send(const Account &account, const QString &apiKey, const Message &message)
{
    auto *job = new SendJob(this);
    submit(job, account, apiKey, message);
    return job;
}

void SoipClient::submit(SendJob *job, const Account &account, const QString &apiKey, const Message &message)
{
    if (job->isFinished())
        return;

    const QStringList accountProblems = account.problems();
    if (!accountProblems.isEmpty()) {
        job->finishLater(
            SendOutcome::notSent(SendOutcome::NotSentReason::InvalidAccount, accountProblems.join(u' ')));
        return;
    }
    if (apiKey.trimmed().isEmpty()) {
        job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::MissingKey));
        return;
    }
    const QList<Issue> issues = Validator::validate(message);
    if (hasErrors(issues)) {
        job->finishLater(SendOutcome::invalidMessage(issues));
        return;
    }

    const QByteArray body = SoipRequest::body(message);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(SoipRequest::sendUrl(account).toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    const QByteArray fingerprint = hash.result();
    if (m_inFlight.contains(fingerprint)) {
        job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::AlreadySending));
        return;
    }
    m_inFlight.insert(fingerprint);
    connect(job, &SendJob::finished, this, [this, fingerprint] { m_inFlight.remove(fingerprint); });

    job->m_request = SoipRequest::sendRequest(account, apiKey.trimmed());
    job->m_body = body;
    m_queue.append(job);
    dispatch();
}

void SoipClient::dispatch()
{
    while (m_onNetwork < kMaxInFlight && !m_queue.isEmpty()) {
        QPointer<SendJob> job = m_queue.takeFirst();
        if (!job || !job->isQueued())
            continue; // cancelled while waiting
        ++m_onNetwork;
        auto *exchange = HttpExchange::post(m_manager, job->m_request, job->m_body, m_timeout, job);
        connect(exchange, &HttpExchange::finished, this, [this] {
            --m_onNetwork;
            dispatch();
        });
        job->start(exchange);
    }
}

} // namespace soip
