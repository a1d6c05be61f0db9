#include "previewpainter.h"

#include "previewimagecache.h"
#include "previewtext.h"

#include <QPainter>
#include <QPainterPath>

namespace soip {

namespace {

using Item = PreviewLayout::Item;

void statusIcons(QPainter *p, const Item &item)
{
    const QColor &c = item.fill;
    const qreal right = item.rect.right();
    p->setPen(QPen(c, 1.1));
    p->setBrush(Qt::NoBrush);
    const QRectF battery(right - 22, 9.5, 20, 10);
    p->drawRoundedRect(battery, 2.6, 2.6);
    p->setPen(Qt::NoPen);
    p->setBrush(c);
    p->drawRoundedRect(QRectF(battery.right() + 1.2, 12.8, 1.6, 3.6), 0.8, 0.8);
    p->drawRoundedRect(battery.adjusted(2, 2, -5, -2), 1.2, 1.2);
    // Wi-Fi: a quarter circle sector.
    QPainterPath wifi;
    const QPointF tip(right - 36, 20);
    wifi.moveTo(tip);
    wifi.arcTo(QRectF(tip.x() - 10, tip.y() - 10, 20, 20), 45, 90);
    wifi.closeSubpath();
    p->drawPath(wifi);
    // Signal: four bars of rising height.
    for (int i = 0; i < 4; ++i) {
        const qreal h = 3.5 + i * 2.4;
        p->drawRoundedRect(QRectF(right - 66 + i * 4.4, 20 - h, 3, h), 0.8, 0.8);
    }
}

// The media area: the card's top corners are rounded, its bottom edge is straight. No clip path:
// the raster engine would then clip every later fill span by span, which made a redraw several
// times slower.
void mediaFill(QPainter *p, const Item &item, const PreviewLayout &layout, const PreviewImageCache *images)
{
    const QRectF &rect = item.rect;
    QBrush brush(item.fill);
    if (item.picture && images) {
        const qreal scale = p->deviceTransform().m11();
        const QSize pixels(qRound(rect.width() * scale), qRound(rect.height() * scale));
        brush = QBrush(images->fitted(layout.media.url, pixels));
        brush.setTransform(QTransform::fromTranslate(rect.left(), rect.top()).scale(1 / scale, 1 / scale));
    }
    const qreal r = item.radius;
    QPainterPath path;
    path.moveTo(rect.left(), rect.bottom());
    path.lineTo(rect.left(), rect.top() + r);
    path.arcTo(QRectF(rect.left(), rect.top(), 2 * r, 2 * r), 180, -90);
    path.lineTo(rect.right() - r, rect.top());
    path.arcTo(QRectF(rect.right() - 2 * r, rect.top(), 2 * r, 2 * r), 90, -90);
    path.lineTo(rect.right(), rect.bottom());
    path.closeSubpath();
    p->setPen(Qt::NoPen);
    p->setBrush(brush);
    p->drawPath(path);
}

void shape(QPainter *p, const Item &item)
{
    p->setPen(item.border.isValid() ? QPen(item.border, 1) : QPen(Qt::NoPen));
    p->setBrush(item.fill);
    if (item.kind == Item::Kind::Ellipse)
        p->drawEllipse(item.rect);
    else
        p->drawRoundedRect(item.rect, item.radius, item.radius);
}

} // namespace

void PreviewPainter::paint(QPainter *p, const PreviewLayout &layout, const PreviewImageCache *images)
{
    p->save();
    p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    for (const Item &item : layout.items) {
        switch (item.kind) {
        case Item::Kind::Rect:
            p->fillRect(item.rect, item.fill);
            break;
        case Item::Kind::RoundedRect:
        case Item::Kind::Ellipse:
            shape(p, item);
            break;
        case Item::Kind::Line:
            p->setPen(QPen(item.border, 1));
            p->drawLine(item.rect.topLeft(), item.rect.topRight());
            break;
        case Item::Kind::MediaFill:
            mediaFill(p, item, layout, images);
            break;
        case Item::Kind::Icon:
            PreviewIcons::draw(p, item.glyph, item.rect, item.fill);
            break;
        case Item::Kind::StatusIcons:
            statusIcons(p, item);
            break;
        case Item::Kind::Text: {
            const PreviewLayout::TextRun &run = layout.texts.at(item.text);
            PreviewText::draw(p, run.text, run.font, run.topLeft, run.width, run.maxLines, run.color,
                              run.centered);
            break;
        }
        }
    }
    p->restore();
}

} // namespace soip
