#pragma once

#include "model/message.h"
#include "previewlayout.h"
#include "previewoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

class QPainter;

namespace soip {

class PreviewImageCache;

// Draws a message the way MI message shows it on a phone: status and app bar with the sender ID,
// a time stamp, then the text bubble (TXT) or the card (RMC, CTA). PreviewLayout decides where
// everything goes, PreviewPainter draws that; this puts the two together for the callers that
// want a picture (`soip preview`, the export, the tests).
//
// It never touches the network: images not in the cache are drawn as a "loading" placeholder, and
// failed ones as a broken image.
class PreviewRenderer final {
    Q_DECLARE_TR_FUNCTIONS(soip::PreviewRenderer)

public:
    // Lays the message out and paints it with the painter's top-left at the screen's top-left,
    // in dp (the caller scales the painter by the zoom).
    static PreviewLayout render(QPainter *painter, const Message &message, const PreviewOptions &options,
                                const PreviewImageCache *images);
    // The whole screen as an image of layout.options.scale device pixels per dp.
    static QImage renderImage(const PreviewLayout &layout, const PreviewImageCache *images);
    static QImage renderImage(const Message &message, const PreviewOptions &options,
                              const PreviewImageCache *images, PreviewLayout *layout = nullptr);

    // Writes `image` as PNG at `path` atomically (all or nothing). On failure returns false and
    // says why in `error`.
    static bool savePng(const QImage &image, const QString &path, QString *error);

    // The pictures the preview of `message` shows (Message::shownPictureUrl()), for
    // PreviewImageCache::request().
    static QList<QUrl> imageUrls(const Message &message);
};

} // namespace soip
