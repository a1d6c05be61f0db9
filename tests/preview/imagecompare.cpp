#include "imagecompare.h"

#include <QList>

#include <cstdlib>

QString ImageComparison::describe() const
{
    if (!sameSize)
        return QStringLiteral("the images differ in size");
    return QStringLiteral("%1 pixels (%2%) differ, %3 in the worst %4x%4 tile; at most %5% and %6 may")
        .arg(differentPixels)
        .arg(differentFraction * 100, 0, 'f', 3)
        .arg(worstTile)
        .arg(kTileSize)
        .arg(kMaxDifferentFraction * 100, 0, 'f', 3)
        .arg(kMaxDifferentPerTile);
}

ImageComparison ImageComparison::compare(const QImage &actualImage, const QImage &expectedImage)
{
    ImageComparison result;
    if (actualImage.size() != expectedImage.size() || actualImage.isNull())
        return result;
    result.sameSize = true;
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    const QImage expected = expectedImage.convertToFormat(QImage::Format_ARGB32);
    const int tilesPerRow = (actual.width() + kTileSize - 1) / kTileSize;
    QList<int> tiles(tilesPerRow * ((actual.height() + kTileSize - 1) / kTileSize), 0);
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int d = qMax(qMax(std::abs(qRed(a[x]) - qRed(e[x])), std::abs(qGreen(a[x]) - qGreen(e[x]))),
                               qMax(std::abs(qBlue(a[x]) - qBlue(e[x])), std::abs(qAlpha(a[x]) - qAlpha(e[x]))));
            if (d > kChannelTolerance) {
                ++result.differentPixels;
                int &tile = tiles[(y / kTileSize) * tilesPerRow + x / kTileSize];
                result.worstTile = qMax(result.worstTile, ++tile);
            }
        }
    }
    result.differentFraction = double(result.differentPixels) / (double(actual.width()) * actual.height());
    return result;
}

QString ImageComparison::goldenPath(const QString &name)
{
    return QStringLiteral(SOIP_TEST_DATA_DIR "/golden/%1.png").arg(name);
}

bool ImageComparison::updating()
{
    return qEnvironmentVariable("SOIP_UPDATE_GOLDEN") == QLatin1String("1");
}
