#include "statusjob.h"

#include "httpexchange.h"

#include <QTimer>

namespace soip {

StatusJob::StatusJob(QObject *parent)
    : QObject(parent)
{}

void StatusJob::start(HttpExchange *exchange)
{
    connect(exchange, &HttpExchange::finished, this,
            [this](const HttpResult &result) { finish(StatusOutcome::fromHttp(result)); });
}

void StatusJob::finish(const StatusOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_outcome = outcome;
    emit finished(m_outcome);
    deleteLater();
}

void StatusJob::finishLater(const StatusOutcome &outcome)
{
    QTimer::singleShot(0, this, [this, outcome] { finish(outcome); });
}

} // namespace soip
