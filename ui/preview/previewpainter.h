#pragma once

#include "previewlayout.h"

class QPainter;

namespace soip {

class PreviewImageCache;

// Draws a PreviewLayout onto any QPainter (the widget, a PNG, a cell of a contact sheet) with the
// painter's origin at the screen's top-left and its units in dp: the caller scales it by the zoom.
// It decides nothing about where things go; only pictures come from `images` (scaled to the
// device's pixels).
class PreviewPainter final {
public:
    static void paint(QPainter *painter, const PreviewLayout &layout, const PreviewImageCache *images);
};

} // namespace soip
