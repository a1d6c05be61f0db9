#pragma once

#include "accounts/account.h"
#include "model/message.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>

#include <chrono>
#include <functional>

namespace soip {

// The embedded SOIP simulator: a vendor-like API on 127.0.0.1, so a new user can compose, send and
// watch delivery statuses without a Kaleyra account or credits, and QA can drive every outcome.
//
//   POST /v1/{SID}/messages/soip     needs the `api-key` header (else 401); validates with the
//                                    app's Validator and answers the vendor's error JSON with 400,
//                                    or the vendor's success echo with a kid and one
//                                    message_id ("<kid>:<n>") and `recepient` per number.
//   GET  /v1/{SID}/messages/status?message_ids=id1,id2
//                                    {"data": [...], "error": {}}; each status moves from PENDING
//                                    to its final callback status within a few seconds.
//
// Any SID works. Test numbers (SandboxNumbers) trigger rejections and every delivery status.
// Runs in the thread that owns it; the GUI runs it in-process, `soip sandbox` in the foreground.
class SandboxServer final : public QObject {
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);

    // The key clients must send. A random one is made at construction; it is held in memory only.
    void setApiKey(const QString &key) { m_apiKey = key; }
    QString apiKey() const { return m_apiKey; }

    // How long each status step takes (PENDING -> final). Default 2 s; tests make it short.
    void setStatusStep(std::chrono::milliseconds step) { m_statusStep = step; }
    // Milliseconds since some fixed start; the status progression and the rate limit read it, so a
    // test moves time forward instead of sleeping. Default: a monotonic clock started here.
    void setClock(std::function<qint64()> clock) { m_now = std::move(clock); }

    // Failures QA rehearses a campaign with (`soip sandbox --latency-ms --rate-limit --drop --log`):
    // every answer delayed by `latency` (from a timer, so many requests wait at once); over
    // `perSecond` requests in one second answered 429 with Retry-After (0: no limit); a fraction of
    // accepted sends whose connection is then closed without an answer (the client cannot tell
    // whether it went out); one JSON line per accepted send (kid, recipients, message digest).
    void setLatency(std::chrono::milliseconds latency) { m_latency = latency; }
    void setRateLimit(double perSecond) { m_rateLimit = perSecond; }
    void setDropFraction(double fraction, quint32 seed = 0);
    void setRequestLog(QIODevice *log) { m_log = log; }

    // Listens on 127.0.0.1 only; port 0 picks a free port. False (see errorString()) on failure.
    bool listen(quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const { return m_error; }

    // An account that sends here: kind Sandbox, SID "SANDBOX", sender "SNSOIP". Its key is apiKey().
    Account account() const;
    static QString sandboxSid() { return QStringLiteral("SANDBOX"); }

    int sendRequestCount() const { return m_sendRequests; }

signals:
    // One line per request for a log ("POST /v1/SANDBOX/messages/soip -> 200 kid=..."). Never the key.
    void requestHandled(const QString &summary);

private:
    struct Record {
        QString sid;
        QString kid;
        QString recipient;
        QString from;
        QString route;
        QString type;
        QString campaign;
        qint64 acceptedAtMs = 0;
        int finalCode = 0;
    };

    QHttpServerResponse handleSend(const QString &sid, const QHttpServerRequest &request, bool *drop);
    // Writes `response` now or after the latency, or closes the connection unanswered.
    void deliver(QHttpServerResponder &&responder, QHttpServerResponse &&response, bool drop);
    bool overRateLimit();
    void logAccepted(const QString &kid, const QStringList &recipients, const Message &sent);
    QHttpServerResponse handleStatus(const QString &sid, const QHttpServerRequest &request);
    bool hasValidKey(const QHttpServerRequest &request) const;
    QJsonObject statusOf(const QString &messageId, const Record &record) const;
    void log(const QHttpServerRequest &request, int status, const QString &note);

    QHttpServer m_server;
    QString m_apiKey;
    std::chrono::milliseconds m_statusStep{2000};
    quint16 m_port = 0;
    QString m_error;
    QElapsedTimer m_clock;
    std::function<qint64()> m_now;
    std::chrono::milliseconds m_latency{0};
    double m_rateLimit = 0;
    qint64 m_windowStartMs = -1;
    int m_windowCount = 0;
    double m_dropFraction = 0;
    QRandomGenerator m_random;
    QPointer<QIODevice> m_log;
    QHash<QString, Record> m_records; // by message_id
    int m_sendRequests = 0;
};

} // namespace soip
