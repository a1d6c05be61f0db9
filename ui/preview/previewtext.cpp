#include "previewtext.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

#include <memory>

namespace soip {

namespace {

constexpr QChar kEllipsis(0x2026);
// The narrowest glyphs of the shipped fonts (spaces, "i", Indian vowel signs) are wider than this
// fraction of the font size, so a line never holds more characters than width / (this * size).
constexpr qreal kNarrowestGlyph = 0.15;
constexpr qreal kTypicalGlyph = 0.4;
// Laid-out paragraphs kept between redraws. A keystroke changes one field; every other text of
// the card comes from here, so a redraw shapes one paragraph instead of all of them (twice).
constexpr qsizetype kCacheSize = 256;

struct Laid {
    std::shared_ptr<QTextLayout> layout;
    int lines = 0;
    QString elided; // the last line's text when it ends with an ellipsis
    qreal elidedAscent = 0;
    qreal elidedY = 0;
    PreviewText::Metrics metrics;
};

Laid layOut(const QString &text, const QFont &font, qreal width, int maxLines, qsizetype perLine)
{
    Laid laid;
    QString laidOut = maxLines > 0 ? text.left(maxLines * perLine) : text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    laidOut.remove(QLatin1Char('\r'));
    laid.layout = std::make_shared<QTextLayout>(laidOut, font);
    QTextLayout &layout = *laid.layout;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);

    layout.beginLayout();
    qreal y = 0;
    bool more = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (maxLines > 0 && laid.lines == maxLines) {
            more = true;
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++laid.lines;
    }
    layout.endLayout();
    laid.metrics.height = y;
    laid.metrics.lines = laid.lines;

    // Stopping early leaves one more line, which endLayout() fills with the rest of the text: only
    // the first `lines` lines are shown.
    for (int i = 0; i < laid.lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == laid.lines - 1 && more) {
            // The last line shows as much of the rest as fits, ending with an ellipsis.
            const QFontMetricsF fm(font);
            QString rest = laidOut.mid(line.textStart(), perLine + 1);
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            QString elided = fm.elidedText(rest, Qt::ElideRight, width);
            if (elided == rest) {
                const QString lineText = laidOut.mid(line.textStart(), line.textLength()).trimmed();
                elided = fm.elidedText(lineText + kEllipsis, Qt::ElideRight, width);
            }
            laid.elided = elided;
            laid.metrics.elidedLine = elided;
            laid.elidedAscent = line.ascent();
            laid.elidedY = line.y();
            laid.metrics.width = qMax(laid.metrics.width, fm.horizontalAdvance(elided));
            laid.metrics.elided = true;
        } else {
            laid.metrics.width = qMax(laid.metrics.width, line.naturalTextWidth());
        }
    }
    return laid;
}

// A paragraph cut to a few lines never shows more than a few hundred characters, so the rest is
// not shaped at all: typing in a 4,000-character body stays as fast as in a short one. A first try
// assumes ordinary text; only if that runs out of text before filling the lines is it redone with
// a bound no line can exceed.
Laid layOut(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const qreal size = qMax(1, font.pixelSize());
    const auto typical = qsizetype(width / (kTypicalGlyph * size)) + 1;
    if (maxLines <= 0 || text.size() <= maxLines * typical)
        return layOut(text, font, width, maxLines, typical);
    Laid laid = layOut(text, font, width, maxLines, typical);
    if (laid.metrics.elided)
        return laid;
    return layOut(text, font, width, maxLines, qsizetype(width / (kNarrowestGlyph * size)) + 1);
}

const Laid &cached(const QString &text, const QFont &font, qreal width, int maxLines)
{
    // Per thread: QTextLayout is reentrant, and a campaign's layout checks lay cards out on a thread.
    thread_local QHash<QString, Laid> cache;
    // QFont::key() spells out every property of the font on each call, which cost more than a
    // lookup; the preview's fonts differ only in size, weight and style (PreviewFonts::font()).
    const QString key = QString::number(width, 'f', 2) + u'|' + QString::number(maxLines) + u'|' +
                        QString::number(font.pixelSize()) + u'|' + QString::number(font.weight()) + u'|' +
                        QString::number(int(font.style())) + u'|' + font.family() + u'|' + text;
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() >= kCacheSize)
            cache.clear();
        it = cache.insert(key, layOut(text, font, width, maxLines));
    }
    return *it;
}

} // namespace

PreviewText::Metrics PreviewText::draw(QPainter *painter, const QString &text, const QFont &font,
                                       const QPointF &topLeft, qreal width, int maxLines, const QColor &color,
                                       bool centered)
{
    if (text.isEmpty() || width <= 0)
        return {};
    const Laid &laid = cached(text, font, width, maxLines);
    if (!painter)
        return laid.metrics;

    painter->setPen(color);
    const bool elided = laid.metrics.elided;
    const int plainLines = elided ? laid.lines - 1 : laid.lines;
    for (int i = 0; i < plainLines; ++i) {
        const QTextLine line = laid.layout->lineAt(i);
        const qreal dx = centered ? (width - line.naturalTextWidth()) / 2 : 0;
        line.draw(painter, topLeft + QPointF(dx, 0));
    }
    if (elided) {
        const qreal w = QFontMetricsF(font).horizontalAdvance(laid.elided);
        const qreal x = topLeft.x() + (centered ? (width - w) / 2 : 0);
        painter->setFont(font);
        painter->drawText(QPointF(x, topLeft.y() + laid.elidedY + laid.elidedAscent), laid.elided);
    }
    return laid.metrics;
}

} // namespace soip
