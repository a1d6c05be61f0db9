#include "previewrenderer.h"

#include "model/messagetype.h"
#include "previewfonts.h"
#include "previewicons.h"
#include "previewpalette.h"
#include "previewtext.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace soip {

namespace {

// Sizes in dp (text in sp, one sp per dp at the phone's default font scale). See docs/preview.md.
constexpr qreal kStatusBarHeight = 28;
constexpr qreal kAppBarHeight = 56;
constexpr qreal kSideMargin = 12;    // screen edge to bubble or card
constexpr qreal kCardEndMargin = 44; // space right of an incoming card
constexpr qreal kMaxCardWidth = 360;
constexpr qreal kCardRadius = 14;
constexpr qreal kCardPadding = 14;
constexpr qreal kBubbleRadius = 18;
constexpr qreal kBubbleMaxFraction = 0.78;
constexpr qreal kButtonHeight = 46;
constexpr qreal kButtonIcon = 18;
constexpr qreal kBottomBarHeight = 64; // input field
constexpr qreal kGestureBarHeight = 20;

constexpr int kTitleLines = 2;
constexpr int kExtraTitleLines = 1;
constexpr int kEntityLines = 2;
constexpr int kCardBodyLines = 6;
constexpr int kBubbleBodyLines = 60;

// The clock the screen shows. Fixed, so two renders of one message are identical.
const QString kClock = QStringLiteral("10:30");

class Pass {
public:
    Pass(QPainter *painter, const PreviewOptions &options, const PreviewImageCache *images)
        : m_p(painter)
        , m_options(options)
        , m_palette(PreviewPalette::forTheme(options.theme))
        , m_images(images)
        , m_width(qBound<qreal>(PreviewOptions::kMinWidthDp, options.widthDp, PreviewOptions::kMaxWidthDp))
    {}

    PreviewRenderer::Result run(const Message &message, qreal screenHeight)
    {
        m_screenHeight = screenHeight;
        if (m_p) {
            m_p->save();
            m_p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                QPainter::SmoothPixmapTransform);
            m_p->fillRect(QRectF(0, 0, m_width, screenHeight), m_palette.screen);
        }
        qreal y = statusBar();
        y = appBar(y, message.from);
        y = timeStamp(y + 10);
        // Whole dp, so the picture lands on whole device pixels and is copied, not resampled.
        y = std::round(y + 8);
        const qreal messageTop = y;
        switch (message.kind()) {
        case MessageKind::RichMedia:
        case MessageKind::CallToAction:
            y = card(y, message);
            break;
        case MessageKind::Text:
        case MessageKind::Unknown:
            y = bubble(y, message.body);
            break;
        }
        m_result.messageRect = QRectF(0, messageTop, m_width, y - messageTop);
        y += 20;
        const qreal minimum = std::ceil(m_width * PreviewRenderer::kScreenAspect);
        m_result.size = QSizeF(m_width, std::ceil(qMax(minimum, y + kBottomBarHeight + kGestureBarHeight)));
        if (m_p) {
            bottomBar(m_screenHeight);
            m_p->restore();
        }
        return m_result;
    }

private:
    QString orPlaceholder(const QString &text, const QString &placeholder, QColor *color, QColor normal) const
    {
        const bool empty = text.trimmed().isEmpty();
        *color = empty ? m_palette.placeholderText : normal;
        return empty ? placeholder : text;
    }

    qreal statusBar()
    {
        if (m_p) {
            const QFont clock = PreviewFonts::font(13.5, QFont::Bold);
            PreviewText::draw(m_p, kClock, clock, QPointF(22, 6), 80, 1, m_palette.statusText);
            // Battery, Wi-Fi and signal, right-aligned.
            const QColor c = m_palette.statusText;
            const qreal right = m_width - 20;
            m_p->setPen(QPen(c, 1.1));
            m_p->setBrush(Qt::NoBrush);
            const QRectF battery(right - 22, 9.5, 20, 10);
            m_p->drawRoundedRect(battery, 2.6, 2.6);
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(c);
            m_p->drawRoundedRect(QRectF(battery.right() + 1.2, 12.8, 1.6, 3.6), 0.8, 0.8);
            m_p->drawRoundedRect(battery.adjusted(2, 2, -5, -2), 1.2, 1.2);
            // Wi-Fi: a quarter circle sector.
            QPainterPath wifi;
            const QPointF tip(right - 36, 20);
            wifi.moveTo(tip);
            wifi.arcTo(QRectF(tip.x() - 10, tip.y() - 10, 20, 20), 45, 90);
            wifi.closeSubpath();
            m_p->drawPath(wifi);
            // Signal: four bars of rising height.
            for (int i = 0; i < 4; ++i) {
                const qreal h = 3.5 + i * 2.4;
                m_p->drawRoundedRect(QRectF(right - 66 + i * 4.4, 20 - h, 3, h), 0.8, 0.8);
            }
        }
        return kStatusBarHeight;
    }

    qreal appBar(qreal top, const QString &sender)
    {
        if (m_p) {
            const qreal mid = top + kAppBarHeight / 2;
            PreviewIcons::draw(m_p, PreviewIcons::Glyph::Back, QRectF(8, mid - 12, 24, 24), m_palette.primaryText);
            const QRectF avatar(38, mid - 19, 38, 38);
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(m_palette.avatar);
            m_p->drawEllipse(avatar);
            const QString trimmed = sender.trimmed();
            const QString initial = trimmed.isEmpty() ? QStringLiteral("?") : trimmed.left(1).toUpper();
            const QFont initialFont = PreviewFonts::font(17, QFont::Bold);
            PreviewText::draw(m_p, initial, initialFont, QPointF(avatar.left(), mid - 12), avatar.width(), 1,
                              m_palette.avatarText, true);
            QColor color;
            const QString name =
                orPlaceholder(sender, PreviewRenderer::tr("Sender ID"), &color, m_palette.primaryText);
            const QFont nameFont = PreviewFonts::font(17, QFont::Bold);
            const qreal nameX = avatar.right() + 12;
            PreviewText::draw(m_p, name, nameFont, QPointF(nameX, mid - 12.5), m_width - nameX - 44, 1, color);
            PreviewIcons::draw(m_p, PreviewIcons::Glyph::More, QRectF(m_width - 36, mid - 12, 24, 24),
                               m_palette.primaryText);
        }
        return top + kAppBarHeight;
    }

    qreal timeStamp(qreal top)
    {
        const QFont font = PreviewFonts::font(12);
        const QString text = PreviewRenderer::tr("Today %1").arg(kClock);
        return top + PreviewText::draw(m_p, text, font, QPointF(0, top), m_width, 1, m_palette.secondaryText, true)
                         .height;
    }

    qreal bubble(qreal top, const QString &body)
    {
        const qreal maxWidth = std::floor(m_width * kBubbleMaxFraction);
        const qreal padX = 14;
        const qreal padY = 10;
        const QFont font = PreviewFonts::font(16);
        QColor color;
        const QString text =
            orPlaceholder(body, PreviewRenderer::tr("Message text"), &color, m_palette.primaryText);
        const PreviewText::Metrics m =
            PreviewText::draw(nullptr, text, font, QPointF(), maxWidth - 2 * padX, kBubbleBodyLines, color);
        const QRectF rect(kSideMargin, top, std::ceil(m.width) + 2 * padX, m.height + 2 * padY);
        if (m_p) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(m_palette.card);
            m_p->drawRoundedRect(rect, kBubbleRadius, kBubbleRadius);
            PreviewText::draw(m_p, text, font, rect.topLeft() + QPointF(padX, padY), maxWidth - 2 * padX,
                              kBubbleBodyLines, color);
        }
        return rect.bottom();
    }

    qreal card(qreal top, const Message &message)
    {
        const qreal width = std::floor(qMin(kMaxCardWidth, m_width - kSideMargin - kCardEndMargin));
        if (!m_p)
            return top + cardContents(QPointF(kSideMargin, top), width, message, true);
        // Measure first (the card's background goes under its contents), then draw.
        QPainter *painter = m_p;
        m_p = nullptr;
        const qreal height = cardContents(QPointF(kSideMargin, top), width, message, false);
        m_p = painter;
        const QRectF rect(kSideMargin, top, width, height);
        m_p->setPen(QPen(m_palette.cardBorder, 1));
        m_p->setBrush(m_palette.card);
        m_p->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), kCardRadius, kCardRadius);
        // No clip path: the raster engine would then clip every later fill span by span, which
        // made a redraw several times slower. Only the media reaches the card's edge, and it draws
        // its own rounded top.
        cardContents(rect.topLeft(), width, message, true);
        return rect.bottom();
    }

    // Lays the card out from `origin`; returns its height. `record` notes buttons and media in the
    // result (only once per render).
    qreal cardContents(const QPointF &origin, qreal width, const Message &message, bool record)
    {
        const bool cta = message.kind() == MessageKind::CallToAction;
        qreal y = origin.y();
        if (!cta)
            y = media(origin.x(), y, width, message.richMedia, record);
        const qreal x = origin.x() + kCardPadding;
        const qreal inner = width - 2 * kCardPadding;
        y += kCardPadding - 2;
        y = categoryLine(x, y, inner, message);
        if (cta)
            y = coreEntity(x, y + 6, inner, message.coreEntity) + 4;
        y = titles(x, y + 4, inner, message.titles);
        y = body(x, y + 6, inner, message.body);
        y += kCardPadding;
        return buttons(origin.x(), y, width, message.actions, record) - origin.y();
    }

    qreal categoryLine(qreal x, qreal y, qreal width, const Message &message)
    {
        QColor color;
        QString text =
            orPlaceholder(message.category, PreviewRenderer::tr("Category"), &color, m_palette.secondaryText);
        if (!message.subCategory.trimmed().isEmpty())
            text += QStringLiteral("  \u00B7  ") + message.subCategory;
        return y + PreviewText::draw(m_p, text, PreviewFonts::font(12), QPointF(x, y), width, 1, color).height;
    }

    qreal coreEntity(qreal x, qreal y, qreal width, const QString &entity)
    {
        QColor color;
        const QString text = orPlaceholder(entity, PreviewRenderer::tr("Core entity"), &color, m_palette.accent);
        const QFont font = PreviewFonts::font(22, QFont::Bold);
        const qreal pad = 10;
        const PreviewText::Metrics m =
            PreviewText::draw(nullptr, text, font, QPointF(), width - 2 * pad, kEntityLines, color);
        const QRectF box(x, y, width, m.height + 2 * pad - 2);
        if (m_p) {
            m_p->setPen(Qt::NoPen);
            m_p->setBrush(m_palette.entityBackground);
            m_p->drawRoundedRect(box, 10, 10);
            PreviewText::draw(m_p, text, font, QPointF(x + pad, y + pad - 1), width - 2 * pad, kEntityLines,
                              color);
        }
        return box.bottom();
    }

    qreal titles(qreal x, qreal y, qreal width, const QStringList &titles)
    {
        QColor color;
        const QString first =
            orPlaceholder(titles.value(0), PreviewRenderer::tr("Title"), &color, m_palette.primaryText);
        y += PreviewText::draw(m_p, first, PreviewFonts::font(17, QFont::Bold), QPointF(x, y), width, kTitleLines,
                               color)
                 .height;
        const QFont extraFont = PreviewFonts::font(14.5);
        for (int i = 1; i < titles.size() && i < kMaxTitles; ++i) {
            const QString text = orPlaceholder(titles.at(i), PreviewRenderer::tr("Title %1").arg(i + 1), &color,
                                               m_palette.primaryText);
            y += 2 +
                 PreviewText::draw(m_p, text, extraFont, QPointF(x, y + 2), width, kExtraTitleLines, color).height;
        }
        return y;
    }

    qreal body(qreal x, qreal y, qreal width, const QString &body)
    {
        QColor color;
        const QString text =
            orPlaceholder(body, PreviewRenderer::tr("Message text"), &color, m_palette.secondaryText);
        return y +
               PreviewText::draw(m_p, text, PreviewFonts::font(14), QPointF(x, y), width, kCardBodyLines, color)
                   .height;
    }

    qreal buttons(qreal left, qreal y, qreal width, const QList<Action> &actions, bool record)
    {
        const QFont font = PreviewFonts::font(15, QFont::Bold);
        const qreal textHalf = QFontMetricsF(font).height() / 2;
        for (const Action &action : PreviewRenderer::buttonsInRankOrder(actions)) {
            const QRectF row(left, y, width, kButtonHeight);
            if (record)
                m_result.buttons.append({row, action});
            if (m_p) {
                m_p->setPen(QPen(m_palette.divider, 1));
                m_p->drawLine(QPointF(left, y + 0.5), QPointF(left + width, y + 0.5));
                QColor color;
                const QString label =
                    orPlaceholder(action.label, PreviewRenderer::tr("Button"), &color, m_palette.accent);
                const QString shown = label.simplified();
                const qreal maxLabel = width - 2 * kCardPadding - kButtonIcon - 8;
                // Through PreviewText, so the label is shaped once and elided like any other line.
                const qreal labelWidth =
                    PreviewText::draw(nullptr, shown, font, QPointF(), maxLabel, 1, color).width;
                const qreal total = kButtonIcon + 8 + labelWidth;
                const qreal x = left + (width - total) / 2;
                const QColor iconColor =
                    action.label.trimmed().isEmpty() ? m_palette.placeholderText : m_palette.accent;
                PreviewIcons::draw(m_p, PreviewIcons::forActionType(action.type),
                                   QRectF(x, row.center().y() - kButtonIcon / 2, kButtonIcon, kButtonIcon),
                                   iconColor);
                PreviewText::draw(m_p, shown, font, QPointF(x + kButtonIcon + 8, row.center().y() - textHalf),
                                  maxLabel, 1, color);
            }
            y += kButtonHeight;
        }
        return y;
    }

    qreal media(qreal x, qreal y, qreal width, const QList<RichMedia> &list, bool record)
    {
        const RichMedia media = list.value(0);
        const bool video = media.mediaType == int(MediaType::Video);
        const bool tall = media.displayRatio == kDisplayRatioTall;
        const QRectF rect(
            x, y, width, std::round(width * (tall ? PreviewRenderer::kTallRatio : PreviewRenderer::kNormalRatio)));
        const QUrl url(video ? media.cover.trimmed() : media.url.trimmed());
        PreviewImageCache::State state = PreviewImageCache::State::Unknown;
        PreviewImageCache::Entry entry;
        if (!url.isEmpty()) {
            entry = m_images ? m_images->entry(url) : PreviewImageCache::Entry{};
            state =
                entry.state == PreviewImageCache::State::Unknown ? PreviewImageCache::State::Loading : entry.state;
        }
        if (record) {
            m_result.mediaRect = rect;
            m_result.mediaState = state;
        }
        if (m_p)
            paintMedia(rect, media, video, url, state, entry.error);
        return rect.bottom();
    }

    void paintMedia(const QRectF &rect, const RichMedia &media, bool video, const QUrl &url,
                    PreviewImageCache::State state, const QString &error)
    {
        using State = PreviewImageCache::State;
        const QFont small = PreviewFonts::font(12);
        const qreal glyph = 36;
        auto caption = [&](const QString &text, const QColor &color, qreal below) {
            PreviewText::draw(m_p, text, small, QPointF(rect.left() + 16, rect.center().y() + below),
                              rect.width() - 32, 2, color, true);
        };
        if (state == State::Ready) {
            const qreal scale = m_p->deviceTransform().m11();
            const QSize pixels(qRound(rect.width() * scale), qRound(rect.height() * scale));
            const QImage image = m_images->fitted(url, pixels);
            QBrush brush(image);
            brush.setTransform(QTransform::fromTranslate(rect.left(), rect.top()).scale(1 / scale, 1 / scale));
            fillMedia(rect, brush);
        } else if (state == State::Failed) {
            fillMedia(rect, m_palette.brokenMedia);
            const QRectF icon(rect.center().x() - glyph / 2, rect.center().y() - glyph - 4, glyph, glyph);
            PreviewIcons::draw(m_p, PreviewIcons::Glyph::BrokenImage, icon, m_palette.brokenText);
            const QString what = video ? PreviewRenderer::tr("The video's cover image can't be loaded")
                                       : PreviewRenderer::tr("The image can't be loaded");
            PreviewText::draw(m_p, what, PreviewFonts::font(13, QFont::Bold),
                              QPointF(rect.left() + 16, rect.center().y() + 2), rect.width() - 32, 1,
                              m_palette.brokenText, true);
            caption(error, m_palette.brokenText, 22);
        } else if (video && url.isEmpty()) {
            fillMedia(rect, m_palette.videoBackground);
        } else {
            fillMedia(rect, m_palette.mediaPlaceholder);
            const QRectF icon(rect.center().x() - glyph / 2, rect.center().y() - glyph - 4, glyph, glyph);
            PreviewIcons::draw(m_p, PreviewIcons::Glyph::Image, icon, m_palette.placeholderText);
            QString text;
            if (state == State::Loading)
                text = PreviewRenderer::tr("Loading image\u2026");
            else if (media.isEmpty())
                text = PreviewRenderer::tr("No media");
            else
                text = PreviewRenderer::tr("No image address");
            caption(text, m_palette.secondaryText, 4);
        }
        if (video && state != State::Failed) {
            const qreal play = 52;
            PreviewIcons::draw(m_p, PreviewIcons::Glyph::Play,
                               QRectF(rect.center().x() - play / 2, rect.center().y() - play / 2, play, play),
                               QColor(255, 255, 255));
            if (url.isEmpty())
                caption(PreviewRenderer::tr("Video (no cover image)"), QColor(0xCC, 0xCC, 0xCC), play / 2 + 10);
        }
    }

    // The media area: the card's top corners are rounded, its bottom edge is straight.
    void fillMedia(const QRectF &rect, const QBrush &brush)
    {
        const qreal r = kCardRadius;
        QPainterPath path;
        path.moveTo(rect.left(), rect.bottom());
        path.lineTo(rect.left(), rect.top() + r);
        path.arcTo(QRectF(rect.left(), rect.top(), 2 * r, 2 * r), 180, -90);
        path.lineTo(rect.right() - r, rect.top());
        path.arcTo(QRectF(rect.right() - 2 * r, rect.top(), 2 * r, 2 * r), 90, -90);
        path.lineTo(rect.right(), rect.bottom());
        path.closeSubpath();
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(brush);
        m_p->drawPath(path);
    }

    void bottomBar(qreal screenHeight)
    {
        const qreal top = screenHeight - kGestureBarHeight - kBottomBarHeight;
        const qreal mid = top + kBottomBarHeight / 2;
        PreviewIcons::draw(m_p, PreviewIcons::Glyph::Add, QRectF(12, mid - 13, 26, 26), m_palette.secondaryText);
        const QRectF field(46, mid - 20, m_width - 46 - 52, 40);
        m_p->setPen(Qt::NoPen);
        m_p->setBrush(m_palette.inputField);
        m_p->drawRoundedRect(field, 20, 20);
        PreviewText::draw(m_p, PreviewRenderer::tr("Text message"), PreviewFonts::font(15),
                          QPointF(field.left() + 16, mid - 10.5), field.width() - 32, 1,
                          m_palette.placeholderText);
        PreviewIcons::draw(m_p, PreviewIcons::Glyph::Send, QRectF(m_width - 42, mid - 13, 26, 26),
                           m_palette.placeholderText);
        // The gesture navigation handle.
        m_p->setBrush(m_palette.primaryText);
        const qreal handle = 120;
        m_p->drawRoundedRect(QRectF((m_width - handle) / 2, screenHeight - 10, handle, 4), 2, 2);
    }

    QPainter *m_p = nullptr;
    PreviewOptions m_options;
    PreviewPalette m_palette;
    const PreviewImageCache *m_images = nullptr;
    qreal m_width = 0;
    qreal m_screenHeight = 0;
    PreviewRenderer::Result m_result;
};

} // namespace

PreviewRenderer::Result PreviewRenderer::render(QPainter *painter, const Message &message,
                                                const PreviewOptions &options, const PreviewImageCache *images)
{
    const Message sent = message.withOnlyFieldsOfType();
    const Result measured = Pass(nullptr, options, images).run(sent, 0);
    if (!painter)
        return measured;
    return Pass(painter, options, images).run(sent, measured.size.height());
}

PreviewRenderer::Result PreviewRenderer::paint(QPainter *painter, const Message &message,
                                               const PreviewOptions &options, const PreviewImageCache *images,
                                               qreal screenHeight)
{
    return Pass(painter, options, images).run(message.withOnlyFieldsOfType(), screenHeight);
}

QImage PreviewRenderer::renderImage(const Message &message, const PreviewOptions &options,
                                    const PreviewImageCache *images, Result *result)
{
    const Result measured = render(nullptr, message, options, images);
    const qreal scale = qBound(PreviewOptions::kMinScale, options.scale, PreviewOptions::kMaxScale);
    const QSize pixels(qCeil(measured.size.width() * scale), qCeil(measured.size.height() * scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.scale(scale, scale);
    const Result drawn = render(&painter, message, options, images);
    painter.end();
    if (result)
        *result = drawn;
    return image;
}

QList<QUrl> PreviewRenderer::imageUrls(const Message &message)
{
    const Message sent = message.withOnlyFieldsOfType();
    if (sent.kind() != MessageKind::RichMedia || sent.richMedia.isEmpty())
        return {};
    const RichMedia &media = sent.richMedia.first();
    const QString url = media.mediaType == int(MediaType::Video) ? media.cover : media.url;
    if (url.trimmed().isEmpty())
        return {};
    return {QUrl(url.trimmed())};
}

QList<Action> PreviewRenderer::buttonsInRankOrder(const QList<Action> &actions)
{
    auto rankOf = [](const Action &action) {
        bool ok = false;
        const int rank = action.rank.trimmed().toInt(&ok);
        return ok && rank >= 0 && rank < kMaxActions ? rank : kMaxActions;
    };
    QList<Action> sorted = actions;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const Action &a, const Action &b) { return rankOf(a) < rankOf(b); });
    if (sorted.size() > kMaxActions)
        sorted.resize(kMaxActions);
    return sorted;
}

} // namespace soip
