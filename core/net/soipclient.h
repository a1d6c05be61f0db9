#pragma once

#include "accounts/account.h"
#include "model/message.h"
#include "sendjob.h"

#include <QNetworkAccessManager>
#include <QObject>
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

    // `manager` is the application's one QNetworkAccessManager (not owned). Its up to six
    // connections per host are the client's concurrency.
    explicit SoipClient(QNetworkAccessManager *manager, QObject *parent = nullptr);

    // Total time a send may take, connecting included (a deadline, not an idle timeout).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts sending. Never returns null; the job (a child of this client) emits `finished` once,
    // after this returns, also when nothing could be sent.
    SendJob *send(const Account &account, const QString &apiKey, const Message &message);

    int sendsInFlight() const { return int(m_inFlight.size()); }

private:
    QNetworkAccessManager *m_manager = nullptr;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QSet<QByteArray> m_inFlight; // fingerprints of (endpoint, body) being sent
};

} // namespace soip
