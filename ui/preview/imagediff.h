#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace soip {

// Compares two renders of a preview the way a person would: anti-aliasing noise at glyph and
// curve edges (different machines, FreeType versions) is ignored, a changed word or icon is not.
// A pixel differs when a colour channel differs by more than kChannelTolerance; the images match
// when they are the same size, at most kMaxDifferentFraction of their pixels differ overall and no
// 16×16 tile has more than kMaxDifferentPerTile different pixels. The tile rule catches a small but
// solid change that the overall fraction of a mostly empty phone screen would hide; noise is
// spread thin and stays under it. The golden-image tests and `soip preview --compare` both use it.
struct ImageDiff {
    static constexpr int kChannelTolerance = 48;
    static constexpr double kMaxDifferentFraction = 0.001;
    static constexpr int kTileSize = 16;
    static constexpr int kMaxDifferentPerTile = 24;

    bool sameSize = false;
    qint64 differentPixels = 0;
    double differentFraction = 1.0; // of the larger image's area
    int worstTile = 0;              // different pixels in the worst 16×16 tile
    // Where the images differ beyond noise: neighbouring tiles over the tile limit, merged into
    // rectangles, top to bottom.
    QList<QRect> changedRegions;

    bool matches() const
    {
        return sameSize && differentFraction <= kMaxDifferentFraction && worstTile <= kMaxDifferentPerTile;
    }

    // Images of different sizes are compared over the larger one, with the missing part counted as
    // different.
    static ImageDiff compare(const QImage &actual, const QImage &expected);
    // `actual` dimmed, with every changed region outlined in red.
    static QImage marked(const QImage &actual, const ImageDiff &diff);
};

} // namespace soip
