#pragma once

#include <QImage>
#include <QString>

// Golden-image comparison for the preview. The preview draws only with its shipped fonts, so two
// machines differ at most in anti-aliasing at glyph and curve edges: a pixel counts as different
// when a channel differs by more than kChannelTolerance, and two images match when at most
// kMaxDifferentFraction of their pixels differ. A missing button, title or image changes far more.
struct ImageComparison {
    static constexpr int kChannelTolerance = 48;
    static constexpr double kMaxDifferentFraction = 0.0005;

    bool sameSize = false;
    qint64 differentPixels = 0;
    double differentFraction = 1.0;

    bool matches() const { return sameSize && differentFraction <= kMaxDifferentFraction; }
    QString describe() const;

    static ImageComparison compare(const QImage &actual, const QImage &expected);

    // The golden file of `name` (tests/data/golden/NAME.png). With SOIP_UPDATE_GOLDEN=1 in the
    // environment, `actual` is written there first, so the comparison passes and the new file can be
    // reviewed and committed.
    static QString goldenPath(const QString &name);
    static bool updating();
};
