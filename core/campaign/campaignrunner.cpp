#include "campaignrunner.h"

#include "net/soipclient.h"
#include "json/messagecodec.h"

#include <QNetworkAccessManager>

#include <cmath>
#include <utility>

namespace soip {

namespace {
// 1 s, 2 s, 4 s … up to 30 s.
std::chrono::milliseconds backoff(int attempt)
{
    return std::chrono::milliseconds(std::min<qint64>(30000, qint64(1000) << std::min(attempt, 5)));
}
} // namespace

CampaignRunner::CampaignRunner(CampaignJournal *journal, QString campaignId, Account account, QString apiKey,
                               Options options, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_id(std::move(campaignId))
    , m_account(std::move(account))
    , m_key(std::move(apiKey))
    , m_options(options)
{
    m_options.concurrency = std::clamp(m_options.concurrency, 1, kMaxConcurrency);
    // One QNetworkAccessManager opens at most six connections to a host: more managers for more.
    const int managers = (m_options.concurrency + 5) / 6;
    for (int i = 0; i < managers; ++i) {
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
        auto *client = new SoipClient(m_managers.back().get(), this);
        client->setTimeout(m_options.timeout);
        m_clients.append(client);
    }
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &CampaignRunner::pump);
}

CampaignRunner::~CampaignRunner()
{
    m_journal->waitForSync(); // it reports to this object
    // The clients' jobs live on the managers: delete the clients first.
    qDeleteAll(m_clients);
    m_clients.clear();
}

void CampaignRunner::start()
{
    m_clock.start();
    for (const JournalRequest &request : m_journal->pendingRequests(m_id))
        m_queue.append({request, 0});
    m_total = int(m_queue.size());
    emit progress(m_done, m_total);
    QTimer::singleShot(0, this, &CampaignRunner::pump);
}

void CampaignRunner::stop()
{
    m_stopping = true;
    m_wake.stop();
    finishIfDone();
}

void CampaignRunner::fail(const QString &why)
{
    if (m_fatal.isEmpty())
        m_fatal = why;
    m_stopping = true;
    m_wake.stop();
    // With requests still in flight this returns, and the last answer's pump() finishes the run,
    // whether its own write works or fails again.
    finishIfDone();
}

void CampaignRunner::pump()
{
    // Outcomes first in the step, so a request sent again finds its rows pending.
    CampaignJournal::Step step;
    step.outcomes = std::exchange(m_outcomes, {});
    QList<Queued> batch;
    while (!m_stopping && m_inFlight + batch.size() < m_options.concurrency && !m_reserved.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = qint64(
            std::ceil(std::max(double(m_pausedUntilMs), m_options.rate > 0 ? m_nextSlotMs : 0.0) - double(now)));
        if (wait > 0) {
            if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                m_wake.start(std::chrono::milliseconds(wait));
            break;
        }
        if (m_options.rate > 0)
            m_nextSlotMs = std::max(m_nextSlotMs, double(now)) + 1000.0 / m_options.rate;
        batch.append(m_reserved.takeFirst());
        step.launch.append(batch.last().request.seq);
    }
    // A request leaves only once its reservation is on the disk. The next ones are reserved while
    // a stock of synced ones lasts, so their fsync runs on a worker thread while these leave, and
    // answers are never kept waiting for the disk (a synced commit held the loop for 2-13 ms).
    const bool reserveMore = !m_stopping && m_syncing.isEmpty() && !m_queue.isEmpty() &&
                             m_reserved.size() <= std::max(1, m_options.concurrency / 2);
    if (reserveMore)
        reserve(step, m_options.concurrency + 1);
    if (m_stopping)
        releaseReserved(step);
    if (!m_journal->advanceUnsynced(m_id, step)) {
        // Nothing of the step was written: the outcomes are written again when the runner stops,
        // and what it reserved is in the queue again.
        m_outcomes = step.outcomes + m_outcomes;
        m_reserved = batch + m_reserved;
        if (reserveMore)
            m_queue = std::exchange(m_syncing, {}) + m_queue;
        fail(m_journal->errorString());
        return;
    }
    if (reserveMore) {
        m_journal->syncReserved(this, [this](bool ok) {
            if (m_finished)
                return;
            if (!ok) {
                fail(tr("The campaign journal could not be synced to the disk, so nothing more is sent."));
                return;
            }
            m_reserved += std::exchange(m_syncing, {});
            pump();
        });
    }
    for (const Queued &item : std::as_const(batch))
        launch(item);
    finishIfDone();
}

void CampaignRunner::reserve(CampaignJournal::Step &step, int count)
{
    for (int i = 0; i < count && !m_queue.isEmpty(); ++i) {
        m_syncing.append(m_queue.takeFirst());
        step.reserve.append(m_syncing.last().request.seq);
    }
}

void CampaignRunner::releaseReserved(CampaignJournal::Step &step)
{
    const QList<Queued> reserved = std::exchange(m_reserved, {}) + std::exchange(m_syncing, {});
    for (const Queued &item : reserved)
        step.release.append(item.request.seq);
    m_queue = reserved + m_queue;
}

bool CampaignRunner::flush()
{
    CampaignJournal::Step step;
    step.outcomes = std::exchange(m_outcomes, {});
    if (m_stopping)
        releaseReserved(step);
    if (m_journal->advance(m_id, step))
        return true;
    fail(m_journal->errorString());
    return false;
}

void CampaignRunner::launch(const Queued &item)
{
    ReadResult read = MessageCodec::read(item.request.body);
    read.message.to = item.request.recipients.join(u',');
    SoipClient *client = m_clients.at(m_nextClient++ % m_clients.size());
    ++m_inFlight;
    SendJob *job = client->send(m_account, m_key, read.message);
    const qint64 sentAtMs = m_clock.elapsed();
    connect(job, &SendJob::finished, this, [this, item, sentAtMs](const SendOutcome &outcome) {
        --m_inFlight;
        if (outcome.kind == SendOutcome::Kind::Accepted || outcome.kind == SendOutcome::Kind::Rejected) {
            m_answers.totalMs += m_clock.elapsed() - sentAtMs;
            ++m_answers.answered;
        }
        onOutcome(item, outcome);
        // Outcomes that arrive together are written together.
        if (!m_pumpQueued) {
            m_pumpQueued = true;
            QTimer::singleShot(0, this, [this] {
                m_pumpQueued = false;
                pump();
            });
        }
    });
}

void CampaignRunner::requeue(Queued item, std::chrono::milliseconds after, bool front)
{
    if (after.count() <= 0) {
        if (front)
            m_queue.prepend(item);
        else
            m_queue.append(item);
        return;
    }
    ++m_waitingRetries;
    QTimer::singleShot(after, this, [this, item] {
        --m_waitingRetries;
        m_queue.append(item);
        pump();
    });
}

void CampaignRunner::pauseAll(std::chrono::milliseconds pause)
{
    m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + pause.count());
}

void CampaignRunner::onOutcome(const Queued &item, const SendOutcome &outcome)
{
    CampaignJournal::Outcome result;
    result.seq = item.request.seq;
    result.rows = int(item.request.rows.size());
    bool done = true;
    switch (outcome.kind) {
    case SendOutcome::Kind::Accepted:
        m_rateLimitedInARow = 0;
        result.state = RowState::Accepted;
        result.kid = outcome.kid;
        for (const SentRecipient &recipient : outcome.recipients)
            result.echo.append({recipient.recipient, recipient.messageId});
        break;
    case SendOutcome::Kind::Rejected:
        result.state = RowState::Rejected;
        result.code = outcome.vendorError.code;
        result.message = outcome.vendorError.message;
        break;
    case SendOutcome::Kind::RateLimited: {
        // Refused, so not sent: back to pending, and every sender waits.
        result.state = RowState::Pending;
        const auto pause = outcome.retryAfterSeconds >= 0
                               ? std::chrono::milliseconds(qint64(outcome.retryAfterSeconds) * 1000)
                               : backoff(m_rateLimitedInARow);
        ++m_rateLimitedInARow;
        pauseAll(std::max(pause, std::chrono::milliseconds(100)));
        emit throttled(std::max(pause, std::chrono::milliseconds(100)));
        requeue(item, std::chrono::milliseconds(0), true);
        done = false;
        break;
    }
    case SendOutcome::Kind::KeyRefused:
        // Nothing was taken; the rest would be refused too.
        result.state = RowState::Pending;
        m_queue.prepend(item);
        m_outcomes.append(result);
        fail(outcome.explanation());
        return;
    case SendOutcome::Kind::NetworkFailure:
        if (item.networkFailures + 1 < m_options.networkRetries) {
            result.state = RowState::Pending;
            Queued again = item;
            ++again.networkFailures;
            requeue(again, backoff(item.networkFailures), false);
            done = false;
        } else {
            result.state = RowState::NotSent;
            result.message = outcome.detail;
        }
        break;
    case SendOutcome::Kind::NotSent:
        result.state =
            outcome.notSentReason == SendOutcome::NotSentReason::Cancelled ? RowState::Pending : RowState::NotSent;
        result.message = outcome.explanation();
        done = result.state != RowState::Pending;
        break;
    case SendOutcome::Kind::ServerError:
    case SendOutcome::Kind::Unknown:
        result.state = RowState::Unknown;
        result.message = outcome.detail;
        break;
    }
    m_outcomes.append(result);
    if (done) {
        ++m_done;
        emit progress(m_done, m_total);
    }
}

void CampaignRunner::finishIfDone()
{
    if (m_finished || m_inFlight > 0)
        return;
    if (!m_stopping &&
        (!m_queue.isEmpty() || !m_reserved.isEmpty() || !m_syncing.isEmpty() || m_waitingRetries > 0))
        return;
    // Before the flush, which calls fail() and so this again when the journal cannot be written.
    m_finished = true;
    flush();
    QTimer::singleShot(0, this, &CampaignRunner::finished);
}

} // namespace soip
