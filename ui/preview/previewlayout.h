#pragma once

#include "model/message.h"
#include "previewicons.h"
#include "previewimagecache.h"
#include "previewoptions.h"
#include "previewtext.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QUrl>

namespace soip {

// Where everything on the phone's screen goes, as data: the shapes, icons and text runs in the
// order they are painted, each text run with the lines it got and whether it was elided. A pure
// function of (Message, PreviewOptions, the image cache's states); PreviewPainter draws it, and the
// widget, the PNG export, the contact sheet and the layout checks all use the same layout.
// Units are dp. Every size is documented in docs/preview.md.
struct PreviewLayout {
    Q_DECLARE_TR_FUNCTIONS(soip::PreviewLayout)

public:
    // What a text run shows, so the layout checks and tests can find it.
    enum class Role {
        Chrome, // status bar, time stamp, input bar, media captions
        Sender,
        Category,
        CoreEntity,
        Title,
        Body,
        ButtonLabel,
    };

    struct TextRun {
        Role role = Role::Chrome;
        QString path; // JSON path of the field it shows (`title[1]`); empty for the chrome
        QString text; // as laid out (a placeholder when the field is empty)
        bool placeholder = false;
        QFont font;
        QPointF topLeft;
        qreal width = 0; // the width it is laid out in
        int maxLines = 0;
        QColor color;
        bool centered = false;
        PreviewText::Metrics metrics;

        // The text as the phone shows it on its last line (elided when it did not fit).
        QString shownLastLine() const { return metrics.elided ? metrics.elidedLine : text; }
    };

    struct Item {
        enum class Kind {
            Rect,        // `rect` filled with `fill`
            RoundedRect, // `rect` with `radius`, `fill` and a hairline in `border` (if valid)
            Ellipse,
            Line,        // from rect.topLeft() to rect.topRight(), in `border`
            MediaFill,   // the media area (rounded top corners): `fill`, or the picture if `picture`
            Icon,        // `glyph` in `rect`, in `fill`
            StatusIcons, // signal, Wi-Fi and battery, right-aligned at rect.right(), in `fill`
            Text,        // texts[text]
        };
        Kind kind = Kind::Rect;
        QRectF rect;
        qreal radius = 0;
        QColor fill;
        QColor border;
        PreviewIcons::Glyph glyph = PreviewIcons::Glyph::Unknown;
        qsizetype text = -1;
        bool picture = false;
    };

    struct Button {
        QRectF rect; // the whole row, in dp
        Action action;
        qsizetype actionIndex = -1; // in Message::actions, as in the file
        qsizetype label = -1;       // index into texts
    };

    struct Media {
        QRectF rect; // empty when the card has no media area
        // The picture shown there (an image, or a video's cover); Unknown when the message shows no
        // picture (no media, no URL, or a video without a cover).
        PreviewImageCache::State state = PreviewImageCache::State::Unknown;
        QUrl url;
        QString path;     // `rich_media[0].url` or `rich_media[0].cover`
        QSize sourceSize; // of the picture as loaded, when Ready
        bool video = false;
    };

    PreviewOptions options;
    QSizeF size; // of the whole screen
    // The band of the screen the message (bubble or card) occupies, full width. Everything outside
    // it depends only on the sender ID and the screen's size, so a widget redraws just this band
    // after an edit.
    QRectF messageRect;
    QList<Item> items; // in paint order
    QList<TextRun> texts;
    QList<Button> buttons; // in rank order, as drawn
    Media media;

    // The screen is never shorter than a 20:9 phone's.
    static constexpr qreal kScreenAspect = 20.0 / 9.0;
    static constexpr qreal kNormalRatio = 9.0 / 16.0; // height / width of a "normal" image
    static constexpr qreal kTallRatio = 4.0 / 3.0;    // height / width of a "tall" image or video

    // Lays the message out as it will be sent (Message::withOnlyFieldsOfType()). `images` may be
    // null: pictures then show as loading.
    static PreviewLayout of(const Message &message, const PreviewOptions &options,
                            const PreviewImageCache *images);

    // The text runs showing `role`, in order.
    QList<const TextRun *> textsOf(Role role) const;
};

} // namespace soip
