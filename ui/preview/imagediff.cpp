#include "imagediff.h"

#include <QPainter>

#include <cstdlib>

namespace soip {

namespace {

int channelDistance(QRgb a, QRgb e)
{
    return qMax(qMax(std::abs(qRed(a) - qRed(e)), std::abs(qGreen(a) - qGreen(e))),
                qMax(std::abs(qBlue(a) - qBlue(e)), std::abs(qAlpha(a) - qAlpha(e))));
}

// Groups the flagged tiles of a `columns`-wide grid into the bounding boxes of their 8-connected
// groups, in pixels.
QList<QRect> regions(const QList<bool> &flagged, int columns, const QSize &size)
{
    QList<QRect> out;
    QList<bool> visited(flagged.size(), false);
    const int rows = columns > 0 ? int(flagged.size() / columns) : 0;
    for (qsizetype start = 0; start < flagged.size(); ++start) {
        if (!flagged.at(start) || visited.at(start))
            continue;
        QRect box;
        QList<qsizetype> stack{start};
        visited[start] = true;
        while (!stack.isEmpty()) {
            const qsizetype t = stack.takeLast();
            const int tx = int(t % columns);
            const int ty = int(t / columns);
            box |= QRect(tx * ImageDiff::kTileSize, ty * ImageDiff::kTileSize, ImageDiff::kTileSize,
                         ImageDiff::kTileSize);
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = tx + dx;
                    const int ny = ty + dy;
                    if (nx < 0 || ny < 0 || nx >= columns || ny >= rows)
                        continue;
                    const qsizetype n = qsizetype(ny) * columns + nx;
                    if (flagged.at(n) && !visited.at(n)) {
                        visited[n] = true;
                        stack.append(n);
                    }
                }
            }
        }
        out.append(box & QRect(QPoint(0, 0), size));
    }
    return out;
}

} // namespace

ImageDiff ImageDiff::compare(const QImage &actualImage, const QImage &expectedImage)
{
    ImageDiff result;
    if (actualImage.isNull() || expectedImage.isNull())
        return result;
    result.sameSize = actualImage.size() == expectedImage.size();
    const QSize size = actualImage.size().expandedTo(expectedImage.size());
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    const QImage expected = expectedImage.convertToFormat(QImage::Format_ARGB32);
    const int columns = (size.width() + kTileSize - 1) / kTileSize;
    QList<int> tiles(qsizetype(columns) * ((size.height() + kTileSize - 1) / kTileSize), 0);
    for (int y = 0; y < size.height(); ++y) {
        const bool inA = y < actual.height();
        const bool inE = y < expected.height();
        const auto *a = inA ? reinterpret_cast<const QRgb *>(actual.constScanLine(y)) : nullptr;
        const auto *e = inE ? reinterpret_cast<const QRgb *>(expected.constScanLine(y)) : nullptr;
        for (int x = 0; x < size.width(); ++x) {
            const bool both = inA && inE && x < actual.width() && x < expected.width();
            if (!both || channelDistance(a[x], e[x]) > kChannelTolerance) {
                ++result.differentPixels;
                int &tile = tiles[qsizetype(y / kTileSize) * columns + x / kTileSize];
                result.worstTile = qMax(result.worstTile, ++tile);
            }
        }
    }
    result.differentFraction = double(result.differentPixels) / (double(size.width()) * size.height());
    QList<bool> flagged(tiles.size());
    for (qsizetype i = 0; i < tiles.size(); ++i)
        flagged[i] = tiles.at(i) > kMaxDifferentPerTile;
    result.changedRegions = regions(flagged, columns, size);
    return result;
}

QImage ImageDiff::marked(const QImage &actual, const ImageDiff &diff)
{
    QImage out = actual.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&out);
    painter.fillRect(out.rect(), QColor(255, 255, 255, 110));
    painter.setPen(QPen(QColor(230, 20, 20), 2));
    painter.setBrush(QColor(230, 20, 20, 40));
    for (const QRect &region : diff.changedRegions)
        painter.drawRect(region.adjusted(-2, -2, 1, 1));
    painter.end();
    return out;
}

} // namespace soip
