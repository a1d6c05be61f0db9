#include "previewrenderer.h"

#include "previewimagecache.h"
#include "previewpainter.h"
#include "storage/savetarget.h"

#include <QPainter>
#include <QSaveFile>

namespace soip {

PreviewLayout PreviewRenderer::render(QPainter *painter, const Message &message, const PreviewOptions &options,
                                      const PreviewImageCache *images)
{
    PreviewLayout layout = PreviewLayout::of(message, options, images);
    if (painter)
        PreviewPainter::paint(painter, layout, images);
    return layout;
}

QImage PreviewRenderer::renderImage(const PreviewLayout &layout, const PreviewImageCache *images)
{
    const qreal scale = qBound(PreviewOptions::kMinScale, layout.options.scale, PreviewOptions::kMaxScale);
    const QSize pixels(qCeil(layout.size.width() * scale), qCeil(layout.size.height() * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    PreviewPainter::paint(&painter, layout, images);
    painter.end();
    return image;
}

QImage PreviewRenderer::renderImage(const Message &message, const PreviewOptions &options,
                                    const PreviewImageCache *images, PreviewLayout *layout)
{
    const PreviewLayout laid = PreviewLayout::of(message, options, images);
    if (layout)
        *layout = laid;
    return renderImage(laid, images);
}

bool PreviewRenderer::savePng(const QImage &image, const QString &path, QString *error)
{
    if (const QString refusal = SaveTarget::refusal(path); !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("The image could not be encoded as PNG.");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<QUrl> PreviewRenderer::imageUrls(const Message &message)
{
    const QString url = message.withOnlyFieldsOfType().shownPictureUrl();
    if (url.isEmpty())
        return {};
    return {QUrl(url)};
}

} // namespace soip
