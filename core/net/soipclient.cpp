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

    const QStringList accountProblems = account.problems();
    if (!accountProblems.isEmpty()) {
        job->finishLater(
            SendOutcome::notSent(SendOutcome::NotSentReason::InvalidAccount, accountProblems.join(u' ')));
        return job;
    }
    if (apiKey.trimmed().isEmpty()) {
        job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::MissingKey));
        return job;
    }
    const QList<Issue> issues = Validator::validate(message);
    if (hasErrors(issues)) {
        job->finishLater(SendOutcome::invalidMessage(issues));
        return job;
    }

    const QByteArray body = SoipRequest::body(message);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(SoipRequest::sendUrl(account).toEncoded());
    hash.addData(QByteArrayView("\n"));
    hash.addData(body);
    const QByteArray fingerprint = hash.result();
    if (m_inFlight.contains(fingerprint)) {
        job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::AlreadySending));
        return job;
    }
    m_inFlight.insert(fingerprint);
    connect(job, &SendJob::finished, this, [this, fingerprint] { m_inFlight.remove(fingerprint); });

    auto *exchange =
        HttpExchange::post(m_manager, SoipRequest::sendRequest(account, apiKey.trimmed()), body, m_timeout, job);
    job->start(exchange);
    return job;
}

} // namespace soip
