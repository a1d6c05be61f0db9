#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace soip {

// Line icons drawn with QPainterPath, so the preview needs no image assets: one per button type,
// plus the few glyphs of the phone's chrome.
class PreviewIcons final {
public:
    enum class Glyph {
        OpenLink,
        Calendar,
        OpenApp,
        Copy,
        Call,
        Unknown,
        Back,
        More,
        Image,
        BrokenImage,
        Play,
        Add,
        Send,
    };

    static Glyph forActionType(int actionType);
    // Draws `glyph` inside `box` (square, in the painter's units) with `color`.
    static void draw(QPainter *painter, Glyph glyph, const QRectF &box, const QColor &color);
};

} // namespace soip
