#include "mediaprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace soip {

namespace {
QNetworkRequest requestFor(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(MediaProbe::kTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}
} // namespace

MediaProbe::MediaProbe(QObject *parent)
    : QObject(parent)
{}

MediaProbe::~MediaProbe()
{
    cancel();
}

void MediaProbe::start(const QUrl &url, bool wantImage)
{
    cancel();
    m_result = {};
    m_result.url = url;
    m_wantImage = wantImage;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    sendHead();
}

void MediaProbe::cancel()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void MediaProbe::sendHead()
{
    m_reply = m_network->head(requestFor(m_result.url));
    connect(m_reply, &QNetworkReply::finished, this, &MediaProbe::onHeadFinished);
}

void MediaProbe::sendGet()
{
    m_reply = m_network->get(requestFor(m_result.url));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        readHeaders(m_reply);
        if (m_result.httpStatus >= 300 && m_result.httpStatus < 400)
            return; // a redirect being followed
        // A video is not downloaded (the player streams it); a huge picture is not either.
        if (!m_wantImage || m_result.size > kMaxDownloadBytes || m_result.httpStatus >= 300) {
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_result.reachable = m_result.httpStatus >= 200 && m_result.httpStatus < 300;
            finish();
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxDownloadBytes && m_reply) {
            m_result.size = qMax(m_result.size, received);
            QNetworkReply *reply = m_reply;
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            m_result.reachable = true;
            finish();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &MediaProbe::onGetFinished);
}

void MediaProbe::readHeaders(QNetworkReply *reply)
{
    m_result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_result.contentType = type.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        m_result.size = length.toLongLong();
}

void MediaProbe::onHeadFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    readHeaders(reply);
    const int status = m_result.httpStatus;
    if (status == 0) {
        // No HTTP answer at all: host unknown, refused, TLS failure, timeout.
        m_result.error = reply->error() == QNetworkReply::OperationCanceledError
                             ? tr("The server did not answer within %1 seconds.").arg(kTimeoutMs / 1000)
                             : reply->errorString();
        finish();
        return;
    }
    const bool ok = status >= 200 && status < 300;
    const bool gone = status == 404 || status == 410;
    // Some servers (and signed storage links) refuse HEAD but serve GET.
    if ((!ok && !gone) || m_result.contentType.isEmpty() ||
        (ok && m_wantImage && m_result.size <= kMaxDownloadBytes)) {
        m_result.size = -1;
        sendGet();
        return;
    }
    m_result.reachable = ok;
    if (!ok)
        m_result.error = tr("The server answered %1 (%2).")
                             .arg(status)
                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    finish();
}

void MediaProbe::onGetFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    readHeaders(reply);
    const int status = m_result.httpStatus;
    m_result.reachable = status >= 200 && status < 300;
    if (status == 0) {
        m_result.error = reply->error() == QNetworkReply::OperationCanceledError
                             ? tr("The server did not answer within %1 seconds.").arg(kTimeoutMs / 1000)
                             : reply->errorString();
    } else if (!m_result.reachable) {
        m_result.error = tr("The server answered %1 (%2).")
                             .arg(status)
                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (m_wantImage) {
        const QByteArray data = reply->readAll();
        if (m_result.size < 0)
            m_result.size = data.size();
        m_result.picture = data;
    }
    finish();
}

void MediaProbe::finish()
{
    emit finished(m_result);
}

} // namespace soip
