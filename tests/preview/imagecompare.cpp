#include "imagecompare.h"

using soip::ImageDiff;

QString ImageComparison::describe() const
{
    if (!diff.sameSize)
        return QStringLiteral("the images differ in size");
    return QStringLiteral("%1 pixels (%2%) differ, %3 in the worst %4x%4 tile; at most %5% and %6 may")
        .arg(diff.differentPixels)
        .arg(diff.differentFraction * 100, 0, 'f', 3)
        .arg(diff.worstTile)
        .arg(ImageDiff::kTileSize)
        .arg(ImageDiff::kMaxDifferentFraction * 100, 0, 'f', 3)
        .arg(ImageDiff::kMaxDifferentPerTile);
}

ImageComparison ImageComparison::compare(const QImage &actual, const QImage &expected)
{
    return {ImageDiff::compare(actual, expected)};
}

QString ImageComparison::goldenPath(const QString &name)
{
    return QStringLiteral(SOIP_TEST_DATA_DIR "/golden/%1.png").arg(name);
}

bool ImageComparison::updating()
{
    return qEnvironmentVariable("SOIP_UPDATE_GOLDEN") == QLatin1String("1");
}
