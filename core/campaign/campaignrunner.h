#pragma once

#include "accounts/account.h"
#include "net/sendoutcome.h"
#include "storage/campaignjournal.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <utility>
#include <vector>

class QNetworkAccessManager;

namespace soip {

class SoipClient;

// Runs a journalled campaign: hands its pending requests to the network with back-pressure and
// writes every step to the journal before the next. The rules that keep a number from getting a
// message twice:
// - a request's rows are "in flight" on disk before it is handed to the network;
// - only a request that provably never left (connection refused, 429) goes back to pending;
// - everything else without an answer (timeout, 5xx, a dropped connection) is Unknown, and an
//   Unknown row is never sent again by the runner.
class CampaignRunner final : public QObject {
    Q_OBJECT

public:
    struct Options {
        int concurrency = 6; // requests on the network at once, 1..32
        double rate = 150;   // requests per second; 0 = no limit
        std::chrono::milliseconds timeout{30000};
        int networkRetries = 3; // before a request that never left is "not sent"
    };
    static constexpr int kMaxConcurrency = 32;

    // `journal` is not owned and must outlive the runner.
    CampaignRunner(CampaignJournal *journal, QString campaignId, Account account, QString apiKey, Options options,
                   QObject *parent = nullptr);
    ~CampaignRunner() override;

    void start();
    // Ctrl+C: hands out nothing more, waits for the requests in flight, then finishes.
    void stop();
    bool isStopping() const { return m_stopping; }

    // How long the service took to answer (accepted or rejected), over the requests it answered:
    // what the next campaign's estimate goes by.
    struct AnswerTimes {
        qint64 totalMs = 0;
        int answered = 0;

        AnswerTimes &operator+=(const AnswerTimes &other)
        {
            totalMs += other.totalMs;
            answered += other.answered;
            return *this;
        }
    };
    // Those gathered since the last call (a paused run is finished twice: counted once).
    AnswerTimes takeAnswerTimes() { return std::exchange(m_answers, {}); }

    int requestsDone() const { return m_done; }
    int requestsTotal() const { return m_total; }
    // Why the run gave up on its own (the key refused), empty otherwise.
    QString fatalError() const { return m_fatal; }

signals:
    void progress(int requestsDone, int requestsTotal);
    // The service refused a request as too many (429): nothing is sent for `pause`.
    void throttled(std::chrono::milliseconds pause);
    // Every request has an outcome, or the run stopped (stop(), a fatal error, a journal failure).
    void finished();

private:
    struct Queued {
        JournalRequest request;
        int networkFailures = 0;
    };
    void pump();
    bool flush(); // writes the outcomes gathered so far; false (and stops) when the journal fails
    void reserve(CampaignJournal::Step &step, int count); // moves requests from the queue to m_syncing
    void releaseReserved(CampaignJournal::Step &step);    // those and m_reserved back, when stopping
    void launch(const Queued &item);
    void onOutcome(const Queued &item, const SendOutcome &outcome);
    void requeue(Queued item, std::chrono::milliseconds after, bool front);
    void pauseAll(std::chrono::milliseconds pause);
    void finishIfDone();
    void fail(const QString &why);

    CampaignJournal *m_journal = nullptr;
    QString m_id;
    Account m_account;
    QString m_key;
    Options m_options;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QList<SoipClient *> m_clients;
    QList<Queued> m_queue;
    QList<Queued> m_reserved;                   // reserved in the journal and synced: next to leave
    QList<Queued> m_syncing;                    // reserved, their sync to the disk on its way
    QList<CampaignJournal::Outcome> m_outcomes; // not written yet
    bool m_pumpQueued = false;
    int m_inFlight = 0;
    int m_waitingRetries = 0;
    int m_nextClient = 0;
    int m_done = 0;
    int m_total = 0;
    int m_rateLimitedInARow = 0;
    AnswerTimes m_answers;
    bool m_stopping = false;
    bool m_finished = false;
    QString m_fatal;
    QElapsedTimer m_clock;
    double m_nextSlotMs = 0;    // the rate limit's next free slot, in ms (fractions add up)
    qint64 m_pausedUntilMs = 0; // after a 429
    QTimer m_wake;
};

} // namespace soip
