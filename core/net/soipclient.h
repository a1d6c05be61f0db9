#pragma once

#include "accounts/account.h"
#include "model/message.h"
#include "sendjob.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>

namespace soip {

// Sends SOIP messages: POST {base}/v1/{SID}/messages/soip with the canonical JSON.
//
// Guarantees, in order of importance:
// - it validates first (Validator) and sends nothing when the message has errors;
// - a POST is never re-sent, by this class or by Qt, once it may have reached the server; a second
//   send of the same message to the same account while the first is in flight is refused;
// - plain http is refused before connecting for every host but this machine; TLS errors are never
//   ignored; redirects are not followed (the key would go with them);
// - the key only ever goes into the `api-key` header.
class SoipClient final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultTimeout{30};
    // Requests handed to QNetworkAccessManager at once: two per connection it opens to a host, so
    // no connection waits for the next request; the rest wait here, in order. Keeping thousands of
    // replies inside Qt at once costs far more than this queue.
    static constexpr int kMaxInFlight = 12;

    // `manager` is the application's one QNetworkAccessManager (not owned). Its up to six
    // connections per host are the client's concurrency.
    explicit SoipClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Total time a send may take once handed to the network, connecting included (a deadline, not
    // an idle timeout). Time waiting in the client's queue does not count.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts sending. Never returns null; the job (a child of this client) emits `finished` once,
    // after this returns, also when nothing could be sent.
    SendJob *send(const Account &account, const QString &apiKey, const Message &message);

    // Sends not finished yet: on the network or queued.
    int sendsInFlight() const { return int(m_inFlight.size()); }

private:
    friend class SendService;
    // Sends with a job made before the key was known (it may have been cancelled meanwhile).
    void submit(SendJob *job, const Account &account, const QString &apiKey, const Message &message);
    void dispatch();

    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QSet<QByteArray> m_inFlight; // fingerprints of (endpoint, body) being sent
    QList<QPointer<SendJob>> m_queue;
    int m_onNetwork = 0;
};

} // namespace soip
