#include "sendjob.h"

#include "httpexchange.h"

#include <QTimer>

namespace soip {

SendJob::SendJob(QObject *parent)
    : QObject(parent)
{}

void SendJob::start(HttpExchange *exchange)
{
    m_exchange = exchange;
    m_request = {};
    m_body.clear();
    connect(exchange, &HttpExchange::requestSent, this, &SendJob::requestSent);
    connect(exchange, &HttpExchange::finished, this,
            [this](const HttpResult &result) { finish(SendOutcome::fromHttp(result)); });
}

bool SendJob::isQueued() const
{
    return !m_finished && !m_exchange;
}

void SendJob::cancel()
{
    if (m_exchange)
        m_exchange->abort();
    else if (!m_finished)
        finish(SendOutcome::notSent(SendOutcome::NotSentReason::Cancelled));
}

void SendJob::finish(const SendOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    emit finished(m_outcome);
    deleteLater();
}

void SendJob::finishLater(const SendOutcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
}

} // namespace soip
