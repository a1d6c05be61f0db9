#include "previewlayout.h"

#include "model/messagetype.h"
#include "previewfonts.h"
#include "previewpalette.h"
#include "json/jsonpath.h"

#include <QFontMetricsF>

#include <cmath>

namespace soip {

namespace {

// Sizes in dp (text in sp: one sp per dp at the phone's default font size). See docs/preview.md.
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
constexpr qreal kMediaGlyph = 36;
constexpr qreal kPlayGlyph = 52;

constexpr int kTitleLines = 2;
constexpr int kExtraTitleLines = 1;
constexpr int kEntityLines = 2;
constexpr int kCardBodyLines = 6;
constexpr int kBubbleBodyLines = 60;

// The clock the screen shows. Fixed, so two renders of one message are identical.
const QString kClock = QStringLiteral("10:30");

using Item = PreviewLayout::Item;
using Role = PreviewLayout::Role;

class Builder {
public:
    Builder(const PreviewOptions &options, const PreviewImageCache *images)
        : m_palette(PreviewPalette::forTheme(options.theme))
        , m_images(images)
        , m_width(qBound<qreal>(PreviewOptions::kMinWidthDp, options.widthDp, PreviewOptions::kMaxWidthDp))
        , m_fontScale(qBound(PreviewOptions::kMinFontScale, options.fontScale, PreviewOptions::kMaxFontScale))
    {
        m_out.options = options;
        // A full card has about 30 text runs and 50 items; growing the lists one by one showed.
        m_out.texts.reserve(32);
        m_out.items.reserve(56);
    }

    PreviewLayout run(const Message &message)
    {
        const qsizetype screen = add(make(Item::Kind::Rect, {}, 0, m_palette.screen));
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
        m_out.messageRect = QRectF(0, messageTop, m_width, y - messageTop);
        y += 20;
        const qreal minimum = std::ceil(m_width * PreviewLayout::kScreenAspect);
        m_out.size = QSizeF(m_width, std::ceil(qMax(minimum, y + kBottomBarHeight + kGestureBarHeight)));
        m_out.items[screen].rect = QRectF(QPointF(0, 0), m_out.size);
        bottomBar(m_out.size.height());
        return std::move(m_out);
    }

private:
    static Item make(Item::Kind kind, const QRectF &rect = {}, qreal radius = 0, const QColor &fill = {},
                     const QColor &border = {})
    {
        Item item;
        item.kind = kind;
        item.rect = rect;
        item.radius = radius;
        item.fill = fill;
        item.border = border;
        return item;
    }

    qsizetype add(const Item &item)
    {
        m_out.items.append(item);
        return m_out.items.size() - 1;
    }

    void icon(PreviewIcons::Glyph glyph, const QRectF &box, const QColor &color)
    {
        Item item = make(Item::Kind::Icon, box, 0, color);
        item.glyph = glyph;
        add(item);
    }

    // A font of `sp` scaled by the phone's font size setting.
    QFont font(qreal sp, QFont::Weight weight = QFont::Normal) const
    {
        return PreviewFonts::font(sp * m_fontScale, weight);
    }

    // Lays out one text run; `draw` false only measures (for a box that goes under it).
    PreviewText::Metrics text(const PreviewLayout::TextRun &run, bool draw = true)
    {
        PreviewLayout::TextRun laid = run;
        laid.metrics = PreviewText::measure(run.text, run.font, run.width, run.maxLines);
        if (draw) {
            m_out.texts.append(laid);
            Item item = make(Item::Kind::Text);
            item.text = m_out.texts.size() - 1;
            add(item);
        }
        return laid.metrics;
    }

    // A run for a field of the message: its text, or a grey placeholder when it is empty.
    PreviewLayout::TextRun field(Role role, const QString &path, const QString &value, const QString &placeholder,
                                 const QColor &normal) const
    {
        PreviewLayout::TextRun run;
        run.role = role;
        run.path = path;
        run.placeholder = value.trimmed().isEmpty();
        run.text = run.placeholder ? placeholder : value;
        run.color = run.placeholder ? m_palette.placeholderText : normal;
        return run;
    }

    static PreviewLayout::TextRun chrome(const QString &text, const QColor &color)
    {
        PreviewLayout::TextRun run;
        run.text = text;
        run.color = color;
        return run;
    }

    static PreviewLayout::TextRun &place(PreviewLayout::TextRun &run, const QFont &font, const QPointF &topLeft,
                                         qreal width, int maxLines, bool centered = false)
    {
        run.font = font;
        run.topLeft = topLeft;
        run.width = width;
        run.maxLines = maxLines;
        run.centered = centered;
        return run;
    }

    qreal statusBar()
    {
        // The system's own text: it does not follow the app's font size.
        PreviewLayout::TextRun clock = chrome(kClock, m_palette.statusText);
        text(place(clock, PreviewFonts::font(13.5, QFont::Bold), QPointF(22, 6), 80, 1));
        add(make(Item::Kind::StatusIcons, QRectF(0, 0, m_width - 20, kStatusBarHeight), 0, m_palette.statusText));
        return kStatusBarHeight;
    }

    qreal appBar(qreal top, const QString &sender)
    {
        const qreal mid = top + kAppBarHeight / 2;
        icon(PreviewIcons::Glyph::Back, QRectF(8, mid - 12, 24, 24), m_palette.primaryText);
        const QRectF avatar(38, mid - 19, 38, 38);
        add(make(Item::Kind::Ellipse, avatar, 0, m_palette.avatar));
        const QString trimmed = sender.trimmed();
        PreviewLayout::TextRun initial =
            chrome(trimmed.isEmpty() ? QStringLiteral("?") : trimmed.left(1).toUpper(), m_palette.avatarText);
        text(place(initial, font(17, QFont::Bold), QPointF(avatar.left(), mid - 12), avatar.width(), 1, true));
        PreviewLayout::TextRun name = field(Role::Sender, QStringLiteral("from"), sender,
                                            PreviewLayout::tr("Sender ID"), m_palette.primaryText);
        const qreal nameX = avatar.right() + 12;
        text(place(name, font(17, QFont::Bold), QPointF(nameX, mid - 12.5), m_width - nameX - 44, 1));
        icon(PreviewIcons::Glyph::More, QRectF(m_width - 36, mid - 12, 24, 24), m_palette.primaryText);
        return top + kAppBarHeight;
    }

    qreal timeStamp(qreal top)
    {
        PreviewLayout::TextRun stamp = chrome(PreviewLayout::tr("Today %1").arg(kClock), m_palette.secondaryText);
        return top + text(place(stamp, font(12), QPointF(0, top), m_width, 1, true)).height;
    }

    qreal bubble(qreal top, const QString &body)
    {
        const qreal maxWidth = std::floor(m_width * kBubbleMaxFraction);
        const qreal padX = 14;
        const qreal padY = 10;
        PreviewLayout::TextRun run = field(Role::Body, QStringLiteral("body"), body,
                                           PreviewLayout::tr("Message text"), m_palette.primaryText);
        place(run, font(16), QPointF(), maxWidth - 2 * padX, kBubbleBodyLines);
        const PreviewText::Metrics m = text(run, false);
        const QRectF rect(kSideMargin, top, std::ceil(m.width) + 2 * padX, m.height + 2 * padY);
        add(make(Item::Kind::RoundedRect, rect, kBubbleRadius, m_palette.card));
        run.topLeft = rect.topLeft() + QPointF(padX, padY);
        text(run);
        return rect.bottom();
    }

    qreal card(qreal top, const Message &message)
    {
        const qreal width = std::floor(qMin(kMaxCardWidth, m_width - kSideMargin - kCardEndMargin));
        // The card's background goes under its contents, and its height is known only after them.
        const qsizetype background =
            add(make(Item::Kind::RoundedRect, {}, kCardRadius, m_palette.card, m_palette.cardBorder));
        const bool cta = message.kind() == MessageKind::CallToAction;
        qreal y = top;
        if (!cta)
            y = media(kSideMargin, y, width, message);
        const qreal x = kSideMargin + kCardPadding;
        const qreal inner = width - 2 * kCardPadding;
        y += kCardPadding - 2;
        y = categoryLine(x, y, inner, message);
        if (cta)
            y = coreEntity(x, y + 6, inner, message.coreEntity) + 4;
        y = titles(x, y + 4, inner, message.titles);
        y = body(x, y + 6, inner, message.body);
        y += kCardPadding;
        y = buttons(kSideMargin, y, width, message);
        // Its hairline is centred on the card's edge pixels.
        m_out.items[background].rect = QRectF(kSideMargin, top, width, y - top).adjusted(0.5, 0.5, -0.5, -0.5);
        return y;
    }

    qreal categoryLine(qreal x, qreal y, qreal width, const Message &message)
    {
        PreviewLayout::TextRun run = field(Role::Category, QStringLiteral("category"), message.category,
                                           PreviewLayout::tr("Category"), m_palette.secondaryText);
        if (!message.subCategory.trimmed().isEmpty())
            run.text += QStringLiteral("  \u00B7  ") + message.subCategory;
        return y + text(place(run, font(12), QPointF(x, y), width, 1)).height;
    }

    qreal coreEntity(qreal x, qreal y, qreal width, const QString &entity)
    {
        const qreal pad = 10;
        PreviewLayout::TextRun run = field(Role::CoreEntity, QStringLiteral("core_entity"), entity,
                                           PreviewLayout::tr("Core entity"), m_palette.accent);
        place(run, font(22, QFont::Bold), QPointF(x + pad, y + pad - 1), width - 2 * pad, kEntityLines);
        const PreviewText::Metrics m = text(run, false);
        const QRectF box(x, y, width, m.height + 2 * pad - 2);
        add(make(Item::Kind::RoundedRect, box, 10, m_palette.entityBackground));
        text(run);
        return box.bottom();
    }

    qreal titles(qreal x, qreal y, qreal width, const QStringList &titles)
    {
        const QString path = QStringLiteral("title");
        PreviewLayout::TextRun first = field(Role::Title, jsonpath::index(path, 0), titles.value(0),
                                             PreviewLayout::tr("Title"), m_palette.primaryText);
        y += text(place(first, font(17, QFont::Bold), QPointF(x, y), width, kTitleLines)).height;
        for (int i = 1; i < titles.size() && i < kMaxTitles; ++i) {
            PreviewLayout::TextRun run = field(Role::Title, jsonpath::index(path, i), titles.at(i),
                                               PreviewLayout::tr("Title %1").arg(i + 1), m_palette.primaryText);
            y += 2 + text(place(run, font(14.5), QPointF(x, y + 2), width, kExtraTitleLines)).height;
        }
        return y;
    }

    qreal body(qreal x, qreal y, qreal width, const QString &body)
    {
        PreviewLayout::TextRun run = field(Role::Body, QStringLiteral("body"), body,
                                           PreviewLayout::tr("Message text"), m_palette.secondaryText);
        return y + text(place(run, font(14), QPointF(x, y), width, kCardBodyLines)).height;
    }

    qreal buttons(qreal left, qreal y, qreal width, const Message &message)
    {
        const QFont labelFont = font(15, QFont::Bold);
        const qreal textHalf = QFontMetricsF(labelFont).height() / 2;
        const qreal maxLabel = width - 2 * kCardPadding - kButtonIcon - 8;
        for (const qsizetype index : message.buttonOrder()) {
            const Action &action = message.actions.at(index);
            const QRectF row(left, y, width, kButtonHeight);
            add(make(Item::Kind::Line, QRectF(left, y + 0.5, width, 0), 0, {}, m_palette.divider));
            const QString path = jsonpath::field(jsonpath::index(QStringLiteral("actions"), index),
                                                 QStringLiteral("action_content"));
            PreviewLayout::TextRun label =
                field(Role::ButtonLabel, path, action.label, PreviewLayout::tr("Button"), m_palette.accent);
            label.text = label.text.simplified();
            place(label, labelFont, QPointF(), maxLabel, 1);
            const qreal total = kButtonIcon + 8 + text(label, false).width;
            const qreal x = left + (width - total) / 2;
            icon(PreviewIcons::forActionType(action.type),
                 QRectF(x, row.center().y() - kButtonIcon / 2, kButtonIcon, kButtonIcon),
                 label.placeholder ? m_palette.placeholderText : m_palette.accent);
            label.topLeft = QPointF(x + kButtonIcon + 8, row.center().y() - textHalf);
            text(label);
            m_out.buttons.append({row, action, index, m_out.texts.size() - 1});
            y += kButtonHeight;
        }
        return y;
    }

    qreal media(qreal x, qreal y, qreal width, const Message &message)
    {
        using State = PreviewImageCache::State;
        const RichMedia media = message.richMedia.value(0);
        PreviewLayout::Media &out = m_out.media;
        out.video = media.mediaType == int(MediaType::Video);
        const bool tall = media.displayRatio == kDisplayRatioTall;
        out.rect = QRectF(x, y, width,
                          std::round(width * (tall ? PreviewLayout::kTallRatio : PreviewLayout::kNormalRatio)));
        out.url = QUrl(message.shownPictureUrl());
        out.path = jsonpath::field(jsonpath::index(QStringLiteral("rich_media"), 0),
                                   out.video ? QStringLiteral("cover") : QStringLiteral("url"));
        PreviewImageCache::Entry entry;
        if (!out.url.isEmpty()) {
            entry = m_images ? m_images->entry(out.url) : PreviewImageCache::Entry{};
            out.state = entry.state == State::Unknown ? State::Loading : entry.state;
            out.sourceSize = entry.image.size();
        }
        const QRectF &rect = out.rect;
        auto glyph = [&](PreviewIcons::Glyph g, const QColor &color) {
            icon(g,
                 QRectF(rect.center().x() - kMediaGlyph / 2, rect.center().y() - kMediaGlyph - 4, kMediaGlyph,
                        kMediaGlyph),
                 color);
        };
        auto caption = [&](const QString &line, const QColor &color, qreal below, const QFont &f, int lines) {
            PreviewLayout::TextRun run = chrome(line, color);
            text(place(run, f, QPointF(rect.left() + 16, rect.center().y() + below), rect.width() - 32, lines,
                       true));
        };
        const QFont small = font(12);
        Item fill = make(Item::Kind::MediaFill, rect, kCardRadius);
        if (out.state == State::Ready) {
            fill.picture = true;
            add(fill);
        } else if (out.state == State::Failed) {
            fill.fill = m_palette.brokenMedia;
            add(fill);
            glyph(PreviewIcons::Glyph::BrokenImage, m_palette.brokenText);
            caption(out.video ? PreviewLayout::tr("The video's cover image can't be loaded")
                              : PreviewLayout::tr("The image can't be loaded"),
                    m_palette.brokenText, 2, font(13, QFont::Bold), 1);
            caption(entry.error, m_palette.brokenText, 22, small, 2);
        } else if (out.video && out.url.isEmpty()) {
            fill.fill = m_palette.videoBackground;
            add(fill);
        } else {
            fill.fill = m_palette.mediaPlaceholder;
            add(fill);
            glyph(PreviewIcons::Glyph::Image, m_palette.placeholderText);
            QString line;
            if (out.state == State::Loading)
                line = PreviewLayout::tr("Loading image\u2026");
            else if (media.isEmpty())
                line = PreviewLayout::tr("No media");
            else
                line = PreviewLayout::tr("No image address");
            caption(line, m_palette.secondaryText, 4, small, 2);
        }
        if (out.video && out.state != State::Failed) {
            icon(PreviewIcons::Glyph::Play,
                 QRectF(rect.center().x() - kPlayGlyph / 2, rect.center().y() - kPlayGlyph / 2, kPlayGlyph,
                        kPlayGlyph),
                 QColor(255, 255, 255));
            if (out.url.isEmpty())
                caption(PreviewLayout::tr("Video (no cover image)"), QColor(0xCC, 0xCC, 0xCC), kPlayGlyph / 2 + 10,
                        small, 2);
        }
        return rect.bottom();
    }

    void bottomBar(qreal screenHeight)
    {
        const qreal top = screenHeight - kGestureBarHeight - kBottomBarHeight;
        const qreal mid = top + kBottomBarHeight / 2;
        icon(PreviewIcons::Glyph::Add, QRectF(12, mid - 13, 26, 26), m_palette.secondaryText);
        const QRectF field(46, mid - 20, m_width - 46 - 52, 40);
        add(make(Item::Kind::RoundedRect, field, 20, m_palette.inputField));
        PreviewLayout::TextRun hint = chrome(PreviewLayout::tr("Text message"), m_palette.placeholderText);
        text(place(hint, font(15), QPointF(field.left() + 16, mid - 10.5), field.width() - 32, 1));
        icon(PreviewIcons::Glyph::Send, QRectF(m_width - 42, mid - 13, 26, 26), m_palette.placeholderText);
        // The gesture navigation handle (with the hint's colour as its hairline, as it always had).
        const qreal handle = 120;
        add(make(Item::Kind::RoundedRect, QRectF((m_width - handle) / 2, screenHeight - 10, handle, 4), 2,
                 m_palette.primaryText, m_palette.placeholderText));
    }

    PreviewPalette m_palette;
    const PreviewImageCache *m_images = nullptr;
    qreal m_width = 0;
    qreal m_fontScale = 1;
    PreviewLayout m_out;
};

} // namespace

PreviewLayout PreviewLayout::of(const Message &message, const PreviewOptions &options,
                                const PreviewImageCache *images)
{
    return Builder(options, images).run(message.withOnlyFieldsOfType());
}

QList<const PreviewLayout::TextRun *> PreviewLayout::textsOf(Role role) const
{
    QList<const TextRun *> runs;
    for (const TextRun &run : texts) {
        if (run.role == role)
            runs.append(&run);
    }
    return runs;
}

} // namespace soip
