#include "httpexchange.h"

#include "oneshotbody.h"

namespace soip {

namespace {
// Settings every SOIP request shares: nothing is followed, cached or upgraded behind our back.
void harden(QNetworkRequest &request)
{
    // A redirect would carry the api-key header to another place; the caller reports it instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // HTTP/1.1 keeps the wire request plain and its retry behaviour known (see OneShotBody).
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Our own deadline applies; Qt's idle timer would report the same error code as abort().
    request.setTransferTimeout(0);
}
} // namespace

HttpExchange::HttpExchange(std::chrono::milliseconds deadline, QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(deadline);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
}

HttpExchange *HttpExchange::post(QNetworkAccessManager *manager, QNetworkRequest request, const QByteArray &body,
                                 std::chrono::milliseconds deadline, QObject *parent)
{
    auto *exchange = new HttpExchange(deadline, parent);
    harden(request);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OneShotBody(body, exchange);
    exchange->attach(manager->post(request, device));
    return exchange;
}

HttpExchange *HttpExchange::get(QNetworkAccessManager *manager, QNetworkRequest request,
                                std::chrono::milliseconds deadline, QObject *parent)
{
    auto *exchange = new HttpExchange(deadline, parent);
    harden(request);
    exchange->attach(manager->get(request));
    return exchange;
}

void HttpExchange::attach(QNetworkReply *reply)
{
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::requestSent, this, &HttpExchange::markSent);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            markSent();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::markSent);
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { m_sawConnecting = true; });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_sawEncrypted = true; });
    connect(reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    if (m_deadline.interval() > 0)
        m_deadline.start();
}

void HttpExchange::abort()
{
    if (m_done || !m_reply)
        return;
    m_result.cancelled = true;
    m_reply->abort();
}

void HttpExchange::markSent()
{
    if (m_result.requestSent)
        return;
    m_result.requestSent = true;
    emit requestSent();
}

void HttpExchange::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        m_result.httpStatus = status.toInt();
        m_result.requestSent = true;
    }
    m_result.provablyNotSent = !m_result.requestSent && m_sawConnecting && !m_sawEncrypted &&
                               reply->url().scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    m_result.error = reply->error();
    if (m_result.error != QNetworkReply::NoError)
        m_result.errorString = reply->errorString();
    if (reply->isOpen()) // not after abort()
        m_result.body = reply->readAll();
    m_result.contentType = reply->rawHeader("Content-Type");
    m_result.retryAfter = reply->rawHeader("Retry-After");
    m_result.location = reply->rawHeader("Location");
    emit finished(m_result);
    reply->deleteLater();
    deleteLater();
}

} // namespace soip
