#include "previewicons.h"

#include "model/messagetype.h"

#include <QPainter>
#include <QPainterPath>

namespace soip {

namespace {

// Every glyph is designed on a 24×24 grid with 2-unit strokes and scaled to its box.
constexpr qreal kGrid = 24.0;

QPen strokePen(const QColor &color, qreal width = 2.0)
{
    QPen pen(color, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void drawGlyph(QPainter *p, PreviewIcons::Glyph glyph, const QColor &color)
{
    using Glyph = PreviewIcons::Glyph;
    p->setBrush(Qt::NoBrush);
    p->setPen(strokePen(color));
    switch (glyph) {
    case Glyph::OpenLink: {
        QPainterPath box;
        box.moveTo(11, 5);
        box.lineTo(6, 5);
        box.quadTo(4, 5, 4, 7);
        box.lineTo(4, 18);
        box.quadTo(4, 20, 6, 20);
        box.lineTo(17, 20);
        box.quadTo(19, 20, 19, 18);
        box.lineTo(19, 13);
        p->drawPath(box);
        p->drawLine(QPointF(11, 13), QPointF(20, 4));
        p->drawPolyline(QPolygonF({QPointF(14, 4), QPointF(20, 4), QPointF(20, 10)}));
        break;
    }
    case Glyph::Calendar:
        p->drawRoundedRect(QRectF(4, 5.5, 16, 14.5), 2.5, 2.5);
        p->drawLine(QPointF(4, 10), QPointF(20, 10));
        p->drawLine(QPointF(8.5, 3.5), QPointF(8.5, 7));
        p->drawLine(QPointF(15.5, 3.5), QPointF(15.5, 7));
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(QPointF(9, 14.5), 1.3, 1.3);
        p->drawEllipse(QPointF(15, 14.5), 1.3, 1.3);
        break;
    case Glyph::OpenApp:
        p->drawRoundedRect(QRectF(4, 4, 6.5, 6.5), 1.8, 1.8);
        p->drawRoundedRect(QRectF(13.5, 4, 6.5, 6.5), 1.8, 1.8);
        p->drawRoundedRect(QRectF(4, 13.5, 6.5, 6.5), 1.8, 1.8);
        p->drawRoundedRect(QRectF(13.5, 13.5, 6.5, 6.5), 1.8, 1.8);
        break;
    case Glyph::Copy: {
        p->drawRoundedRect(QRectF(8.5, 8.5, 11.5, 11.5), 2.2, 2.2);
        QPainterPath back;
        back.moveTo(15.5, 5.5);
        back.quadTo(15.5, 4, 14, 4);
        back.lineTo(5.5, 4);
        back.quadTo(4, 4, 4, 5.5);
        back.lineTo(4, 14);
        back.quadTo(4, 15.5, 5.5, 15.5);
        p->drawPath(back);
        break;
    }
    case Glyph::Call: {
        // A handset: a curved grip between an earpiece and a mouthpiece.
        QPainterPath grip;
        grip.moveTo(7.2, 5.2);
        grip.cubicTo(4.2, 8.6, 6.6, 14.0, 9.9, 16.4);
        grip.cubicTo(12.6, 18.5, 16.0, 20.1, 18.8, 17.0);
        p->setPen(strokePen(color, 2.4));
        p->drawPath(grip);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->save();
        p->translate(8.6, 5.4);
        p->rotate(-40);
        p->drawRoundedRect(QRectF(-2.6, -2.0, 5.2, 4.6), 1.4, 1.4);
        p->restore();
        p->save();
        p->translate(18.4, 15.6);
        p->rotate(-50);
        p->drawRoundedRect(QRectF(-2.6, -2.3, 5.2, 4.6), 1.4, 1.4);
        p->restore();
        break;
    }
    case Glyph::Unknown:
        p->drawEllipse(QPointF(12, 12), 8, 8);
        p->drawLine(QPointF(12, 8), QPointF(12, 13));
        p->drawPoint(QPointF(12, 16.5));
        break;
    case Glyph::Back:
        p->drawPolyline(QPolygonF({QPointF(15, 4.5), QPointF(7.5, 12), QPointF(15, 19.5)}));
        break;
    case Glyph::More:
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        for (qreal y : {5.0, 12.0, 19.0})
            p->drawEllipse(QPointF(12, y), 1.8, 1.8);
        break;
    case Glyph::Image:
        p->drawRoundedRect(QRectF(3, 4.5, 18, 15), 2.5, 2.5);
        p->drawPolyline(QPolygonF(
            {QPointF(3.5, 17), QPointF(9, 11.5), QPointF(13, 15.5), QPointF(15.5, 13), QPointF(20.5, 18)}));
        p->drawEllipse(QPointF(15.5, 9), 1.6, 1.6);
        break;
    case Glyph::BrokenImage: {
        // The image glyph torn along a zigzag.
        QPainterPath left;
        left.moveTo(11, 4.5);
        left.lineTo(5.5, 4.5);
        left.quadTo(3, 4.5, 3, 7);
        left.lineTo(3, 17);
        left.quadTo(3, 19.5, 5.5, 19.5);
        left.lineTo(9.5, 19.5);
        left.lineTo(11, 15);
        left.lineTo(9, 11);
        left.lineTo(11, 4.5);
        p->drawPath(left);
        QPainterPath right;
        right.moveTo(14, 4.5);
        right.lineTo(18.5, 4.5);
        right.quadTo(21, 4.5, 21, 7);
        right.lineTo(21, 17);
        right.quadTo(21, 19.5, 18.5, 19.5);
        right.lineTo(13, 19.5);
        right.lineTo(14.5, 15);
        right.lineTo(12.5, 11);
        right.lineTo(14, 4.5);
        p->drawPath(right);
        break;
    }
    case Glyph::Play:
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(0, 0, 0, 110));
        p->drawEllipse(QPointF(12, 12), 11, 11);
        p->setPen(strokePen(QColor(255, 255, 255, 230), 1.2));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(QPointF(12, 12), 10.4, 10.4);
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF({QPointF(9.6, 7.4), QPointF(17.2, 12), QPointF(9.6, 16.6)}));
        break;
    case Glyph::Add:
        p->drawEllipse(QPointF(12, 12), 9, 9);
        p->drawLine(QPointF(12, 8), QPointF(12, 16));
        p->drawLine(QPointF(8, 12), QPointF(16, 12));
        break;
    case Glyph::Send:
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawPolygon(QPolygonF({QPointF(3.5, 4.5), QPointF(21, 12), QPointF(3.5, 19.5), QPointF(5.8, 13.2),
                                  QPointF(13.5, 12), QPointF(5.8, 10.8)}));
        break;
    }
}

} // namespace

PreviewIcons::Glyph PreviewIcons::forActionType(int actionType)
{
    switch (ActionType(actionType)) {
    case ActionType::OpenLink:
        return Glyph::OpenLink;
    case ActionType::AddToCalendar:
        return Glyph::Calendar;
    case ActionType::OpenApp:
        return Glyph::OpenApp;
    case ActionType::CopyText:
        return Glyph::Copy;
    case ActionType::Call:
        return Glyph::Call;
    }
    return Glyph::Unknown;
}

void PreviewIcons::draw(QPainter *painter, Glyph glyph, const QRectF &box, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(box.topLeft());
    painter->scale(box.width() / kGrid, box.height() / kGrid);
    drawGlyph(painter, glyph, color);
    painter->restore();
}

} // namespace soip
