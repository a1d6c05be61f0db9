#include "imageserver.h"

#include "json/messagecodec.h"

#include <QBuffer>
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
    m_http = std::make_unique<LoopbackServer>();
    m_http->route("/photo.png", LoopbackServer::Answer::respond("200 OK", "image/png", png(photo())));
    m_http->route("/cover.png", LoopbackServer::Answer::respond("200 OK", "image/png", png(cover())));
    m_http->route("/text.png", LoopbackServer::Answer::respond("200 OK", "text/plain", "this is not a picture"));
    m_silent = std::make_unique<LoopbackServer>();
    m_silent->setHandler([](const LoopbackServer::Request &) { return LoopbackServer::Answer::silent(); });
    return m_http->start() != 0 && m_silent->start() != 0;
}

QUrl ImageServer::url(const QString &path) const
{
    return m_http->url(path);
}

QUrl ImageServer::silentUrl() const
{
    return m_silent->url(QStringLiteral("/photo.png"));
}

QUrl ImageServer::closedPortUrl()
{
    return LoopbackServer::closedPortUrl(QStringLiteral("/photo.png"));
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
