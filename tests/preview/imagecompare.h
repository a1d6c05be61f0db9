#pragma once

#include <QImage>
#include <QString>

// Golden-image comparison for the preview. The preview draws only with its shipped fonts, so two
// machines differ at most in anti-aliasing at glyph and curve edges: a pixel counts as different
// when a channel differs by more than kChannelTolerance, and two images match when at most
// kMaxDifferentFraction of their pixels differ overall and no 16×16 tile has more than
// kMaxDifferentPerTile different pixels. The tile rule catches a small but solid change (an icon,
// a word) that the overall fraction of a mostly empty phone screen would hide; anti-aliasing noise
// is spread thin and stays under it.
struct ImageComparison {
    static constexpr int kChannelTolerance = 48;
    static constexpr double kMaxDifferentFraction = 0.001;
    static constexpr int kTileSize = 16;
    static constexpr int kMaxDifferentPerTile = 24;

    bool sameSize = false;
    qint64 differentPixels = 0;
    double differentFraction = 1.0;
    int worstTile = 0; // different pixels in the worst 16×16 tile

    bool matches() const
    {
        return sameSize && differentFraction <= kMaxDifferentFraction && worstTile <= kMaxDifferentPerTile;
    }
    QString describe() const;

    static ImageComparison compare(const QImage &actual, const QImage &expected);

    // The golden file of `name` (tests/data/golden/NAME.png). With SOIP_UPDATE_GOLDEN=1 in the
    // environment, `actual` is written there first, so the comparison passes and the new file can be
    // reviewed and committed.
    static QString goldenPath(const QString &name);
    static bool updating();
};
