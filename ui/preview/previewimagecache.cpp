#include "previewimagecache.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStandardPaths>

namespace soip {

namespace {

// Idle time after which a load is given up; a phone would show its broken state too.
constexpr int kTransferTimeoutMs = 15000;
constexpr qint64 kDiskCacheBytes = 64 * 1024 * 1024;

} // namespace

PreviewImageCache::PreviewImageCache(QObject *parent)
    : QObject(parent)
{}

PreviewImageCache::~PreviewImageCache()
{
    // Replies are children of the network manager: if it went first, they went with it.
    if (!m_network)
        return;
    const QList<QNetworkReply *> replies = m_replies.keys();
    m_replies.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void PreviewImageCache::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
    if (network && !network->cache()) {
        auto *disk = new QNetworkDiskCache(network);
        disk->setCacheDirectory(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                QStringLiteral("/preview-images"));
        disk->setMaximumCacheSize(kDiskCacheBytes);
        network->setCache(disk);
    }
}

void PreviewImageCache::request(const QUrl &url)
{
    if (url.isEmpty())
        return;
    const auto known = m_entries.constFind(url);
    if (known != m_entries.constEnd()) {
        const bool retry = known->state == State::Failed &&
                           QDateTime::currentMSecsSinceEpoch() - m_failedAt.value(url) >= m_retryAfterMs;
        if (!retry)
            return;
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(url, tr("Not a web address (http or https)"));
        return;
    }
    if (!m_network) {
        fail(url, tr("No network access"));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_entries.insert(url, Entry{State::Loading, {}, {}});
    m_replies.insert(reply, url);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > kMaxDownloadBytes && m_replies.contains(reply)) {
            const QUrl url = m_replies.take(reply);
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            fail(url, tr("The file is larger than %1 MB").arg(kMaxDownloadBytes / (1024 * 1024)));
            if (m_replies.isEmpty())
                emit idle();
        }
    });
    emit imageChanged(url);
}

PreviewImageCache::Entry PreviewImageCache::entry(const QUrl &url) const
{
    return m_entries.value(url);
}

QImage PreviewImageCache::fitted(const QUrl &url, const QSize &pixelSize) const
{
    const auto it = m_entries.constFind(url);
    if (it == m_entries.constEnd() || it->state != State::Ready || pixelSize.isEmpty())
        return {};
    const QImage cached = m_fitted.value(url);
    if (cached.size() == pixelSize)
        return cached;
    const QImage &source = it->image;
    // Fill the target and crop what sticks out, centred, as the card's image view does.
    const QImage scaled = source.scaled(pixelSize, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect crop((scaled.width() - pixelSize.width()) / 2, (scaled.height() - pixelSize.height()) / 2,
                     pixelSize.width(), pixelSize.height());
    QImage result = scaled.copy(crop).convertToFormat(QImage::Format_ARGB32_Premultiplied);
    m_fitted.insert(url, result);
    return result;
}

void PreviewImageCache::insert(const QUrl &url, const QImage &image)
{
    m_fitted.remove(url);
    m_entries.insert(url, Entry{State::Ready, image, {}});
    emit imageChanged(url);
}

void PreviewImageCache::abortPending(const QString &reason)
{
    const QHash<QNetworkReply *, QUrl> replies = m_replies;
    m_replies.clear();
    for (auto it = replies.cbegin(); it != replies.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        fail(it.value(), reason);
    }
    if (!replies.isEmpty())
        emit idle();
}

void PreviewImageCache::clear()
{
    abortPending(tr("Cancelled"));
    m_entries.clear();
    m_fitted.clear();
    m_failedAt.clear();
}

void PreviewImageCache::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_replies.contains(reply))
        return;
    const QUrl url = m_replies.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        fail(url, tr("The server answered %1 %2").arg(status).arg(reason).trimmed());
    } else if (reply->error() != QNetworkReply::NoError) {
        fail(url, reply->error() == QNetworkReply::OperationCanceledError ? tr("The server did not answer in time")
                                                                          : reply->errorString());
    } else {
        QByteArray data = reply->readAll();
        QBuffer buffer(&data);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && qMax(size.width(), size.height()) > kMaxImageSide)
            reader.setScaledSize(size.scaled(kMaxImageSide, kMaxImageSide, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        if (image.isNull()) {
            fail(url, tr("Not an image the phone can show (%1)").arg(reader.errorString()));
        } else {
            m_fitted.remove(url);
            m_entries.insert(url, Entry{State::Ready, image, {}});
            emit imageChanged(url);
        }
    }
    if (m_replies.isEmpty())
        emit idle();
}

void PreviewImageCache::fail(const QUrl &url, const QString &error)
{
    m_fitted.remove(url);
    m_failedAt.insert(url, QDateTime::currentMSecsSinceEpoch());
    m_entries.insert(url, Entry{State::Failed, {}, error});
    emit imageChanged(url);
}

} // namespace soip
