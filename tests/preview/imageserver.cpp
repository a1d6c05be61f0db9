#include "imageserver.h"

#include "json/messagecodec.h"

#include <QBuffer>
#include <QHttpServerResponse>
#include <QLinearGradient>
#include <QPainter>

namespace {

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// A picture with clear shapes and colours, so a golden image shows whether it was cropped right.
QImage drawPicture(const QSize &size, const QColor &from, const QColor &to)
{
    QImage image(size, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient gradient(0, 0, size.width(), size.height());
    gradient.setColorAt(0, from);
    gradient.setColorAt(1, to);
    p.fillRect(image.rect(), gradient);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 214, 64));
    p.drawEllipse(QPointF(size.width() * 0.75, size.height() * 0.3), size.width() * 0.09, size.width() * 0.09);
    p.setBrush(QColor(30, 90, 60));
    p.drawPolygon(QPolygonF({QPointF(0, size.height()), QPointF(size.width() * 0.35, size.height() * 0.45),
                             QPointF(size.width() * 0.7, size.height()), QPointF(0, size.height())}));
    p.setBrush(QColor(20, 60, 40));
    p.drawPolygon(
        QPolygonF({QPointF(size.width() * 0.4, size.height()), QPointF(size.width() * 0.7, size.height() * 0.6),
                   QPointF(size.width(), size.height())}));
    return image;
}

} // namespace

ImageServer::ImageServer() = default;

QImage ImageServer::photo()
{
    return drawPicture(QSize(800, 600), QColor(90, 160, 230), QColor(250, 200, 160));
}

QImage ImageServer::cover()
{
    return drawPicture(QSize(600, 800), QColor(120, 60, 160), QColor(240, 120, 90));
}

bool ImageServer::start()
{
    m_http = std::make_unique<QHttpServer>();
    const QByteArray photoPng = png(photo());
    const QByteArray coverPng = png(cover());
    m_http->route(QStringLiteral("/photo.png"),
                  [photoPng] { return QHttpServerResponse(QByteArrayLiteral("image/png"), photoPng); });
    m_http->route(QStringLiteral("/cover.png"),
                  [coverPng] { return QHttpServerResponse(QByteArrayLiteral("image/png"), coverPng); });
    m_http->route(QStringLiteral("/text.png"), [] {
        return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("this is not a picture"));
    });
    m_port = m_http->listen(QHostAddress::LocalHost, 0);
    m_silent = std::make_unique<QTcpServer>();
    return m_port != 0 && m_silent->listen(QHostAddress::LocalHost, 0);
}

QUrl ImageServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QUrl ImageServer::silentUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/photo.png").arg(m_silent->serverPort()));
}

QUrl ImageServer::closedPortUrl()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1/photo.png").arg(port));
}

soip::Message ImageServer::sample(const QString &name) const
{
    soip::Message message =
        soip::MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-%1.json").arg(name))
            .message;
    for (soip::RichMedia &media : message.richMedia) {
        media.url = url(QStringLiteral("/photo.png")).toString();
        if (!media.cover.isEmpty())
            media.cover = url(QStringLiteral("/cover.png")).toString();
    }
    return message;
}
