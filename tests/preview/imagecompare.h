#pragma once

#include "preview/imagediff.h"

#include <QImage>
#include <QString>

// Golden-image comparison for the preview: soip::ImageDiff's rule (anti-aliasing noise ignored, a
// small solid change caught), plus where the golden files live.
struct ImageComparison {
    soip::ImageDiff diff;

    bool matches() const { return diff.matches(); }
    QString describe() const;

    static ImageComparison compare(const QImage &actual, const QImage &expected);

    // The golden file of `name` (tests/data/golden/NAME.png). With SOIP_UPDATE_GOLDEN=1 in the
    // environment, `actual` is written there first, so the comparison passes and the new file can be
    // reviewed and committed.
    static QString goldenPath(const QString &name);
    static bool updating();
};
