#pragma once

#include "sendoutcome.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

namespace soip {

class HttpExchange;

// One send in flight, made by SoipClient::send(). Emits `finished` exactly once, always after
// send() has returned (also for a message refused locally), then deletes itself.
class SendJob final : public QObject {
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const SendOutcome &outcome() const { return m_outcome; }

    // Stops waiting. While queued, or while the secure connection is still being set up, the outcome
    // is NotSent/Cancelled; otherwise it is Unknown (the server may have acted on the request).
    void cancel();

    // Waiting in the client's queue: nothing has been handed to the network yet.
    bool isQueued() const;

signals:
    // The request may have reached the server; from now on it is never retried automatically.
    void requestSent();
    void finished(const soip::SendOutcome &outcome);

private:
    friend class SoipClient;
    friend class SendService;
    explicit SendJob(QObject *parent);
    void start(HttpExchange *exchange);
    void finish(const SendOutcome &outcome);      // emits now
    void finishLater(const SendOutcome &outcome); // emits from the event loop

    QPointer<HttpExchange> m_exchange;
    QNetworkRequest m_request; // kept while queued
    QByteArray m_body;
    SendOutcome m_outcome;
    bool m_finished = false;
};

} // namespace soip
