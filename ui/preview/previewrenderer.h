#pragma once

#include "model/message.h"
#include "previewimagecache.h"
#include "previewoptions.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QUrl>

class QPainter;

namespace soip {

// Draws a message the way MI message shows it on a phone: status and app bar with the sender ID,
// a time stamp, then the text bubble (TXT) or the card (RMC, CTA). A pure function of
// (Message, PreviewOptions, image cache) onto any QPainter: the preview widget, `soip preview` and
// the tests all call it. Units are dp; the caller scales the painter by the zoom.
//
// It never touches the network: images not in the cache are drawn as a "loading" placeholder, and
// failed ones as a broken image. Every size it uses is documented in docs/preview.md.
class PreviewRenderer final {
    Q_DECLARE_TR_FUNCTIONS(soip::PreviewRenderer)

public:
    struct Button {
        QRectF rect; // in dp
        Action action;
    };

    struct Result {
        QSizeF size;           // of the whole screen, in dp
        QList<Button> buttons; // in rank order, as drawn
        // The picture shown in the media area (an image, or a video's cover); Unknown when the
        // message shows no picture (no media, no URL, or a video without a cover).
        PreviewImageCache::State mediaState = PreviewImageCache::State::Unknown;
        QRectF mediaRect; // empty when there is no media area
        // The band of the screen the message (bubble or card) occupies, full width. Everything
        // outside it depends only on the sender ID and the screen's size, so a widget redraws just
        // this band after an edit.
        QRectF messageRect;
    };

    // The screen is never shorter than a 20:9 phone's.
    static constexpr qreal kScreenAspect = 20.0 / 9.0;
    static constexpr qreal kNormalRatio = 9.0 / 16.0; // height / width of a "normal" image
    static constexpr qreal kTallRatio = 4.0 / 3.0;    // height / width of a "tall" image or video

    // Paints the message (as it will be sent: Message::withOnlyFieldsOfType()) with the painter's
    // top-left at the screen's top-left. A null painter only measures.
    static Result render(QPainter *painter, const Message &message, const PreviewOptions &options,
                         const PreviewImageCache *images);
    // Paints only, for a caller that has measured already (render() with a null painter) and
    // passes the measured screen height: one layout pass instead of two.
    static Result paint(QPainter *painter, const Message &message, const PreviewOptions &options,
                        const PreviewImageCache *images, qreal screenHeight);
    // The whole screen as an image of options.scale device pixels per dp.
    static QImage renderImage(const Message &message, const PreviewOptions &options,
                              const PreviewImageCache *images, Result *result = nullptr);

    // The pictures the preview of `message` shows (the image, or the video's cover), for
    // PreviewImageCache::request().
    static QList<QUrl> imageUrls(const Message &message);
    // The buttons as the card orders them: by action_rank, ties and bad ranks in file order, at
    // most four.
    static QList<Action> buttonsInRankOrder(const QList<Action> &actions);
};

} // namespace soip
