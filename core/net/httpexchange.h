#pragma once

#include "httpresult.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace soip {

// One HTTP request with a real deadline (QNetworkRequest::setTransferTimeout is only an idle
// timeout, and it reports OperationCanceledError like abort(), so the exchange keeps its own
// flags). A POST body is sent through OneShotBody so Qt cannot re-send it behind our back.
// The exchange deletes itself after `finished`.
class HttpExchange final : public QObject {
    Q_OBJECT

public:
    static HttpExchange *post(QNetworkAccessManager *manager, QNetworkRequest request, const QByteArray &body,
                              std::chrono::milliseconds deadline, QObject *parent = nullptr);
    static HttpExchange *get(QNetworkAccessManager *manager, QNetworkRequest request,
                             std::chrono::milliseconds deadline, QObject *parent = nullptr);

    // Ends the exchange now; `finished` follows with `cancelled` set.
    void abort();

signals:
    // The request may have reached the server from now on.
    void requestSent();
    void finished(const soip::HttpResult &result);

private:
    explicit HttpExchange(std::chrono::milliseconds deadline, QObject *parent);
    void attach(QNetworkReply *reply);
    void onFinished();
    void markSent();

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    HttpResult m_result;
    bool m_done = false;
    bool m_sawConnecting = false; // a new connection was started for this request
    bool m_sawEncrypted = false;  // its TLS handshake finished
};

} // namespace soip
