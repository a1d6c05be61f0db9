#pragma once

#include "phonepresets.h"
#include "previewlayout.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QSizeF>

class QPainter;

namespace soip {

class PreviewImageCache;

// One message on several phones, themes and font sizes at once, in a labelled grid: a column per
// phone, a row per theme and font size. The compare view shows it and `soip preview --sheet`
// saves it; each cell is the preview's own layout and painter. Units are dp.
class ContactSheet final {
    Q_DECLARE_TR_FUNCTIONS(soip::ContactSheet)

public:
    struct Cell {
        PhonePresets::Phone phone;
        PreviewOptions::Theme theme = PreviewOptions::Theme::Light;
        qreal fontScale = PreviewOptions::kFontScaleDefault;
    };

    // Every combination, row by row: themes, then font sizes, then phones across.
    static QList<Cell> cells(const QList<PhonePresets::Phone> &phones, const QList<PreviewOptions::Theme> &themes,
                             const QList<qreal> &fontScales);
    // A message of its own with a caption before each cell's phone name: a campaign's longest rows
    // ("Row 17 · 212 characters"), each on every cell.
    struct Sample {
        QString caption;
        Message message;
    };

    // "Dark · font size Largest (1.3×)", the second line of a cell's label.
    static QString settingsLabel(const Cell &cell);

    ContactSheet() = default;
    // Lays every cell out; `columns` cells go in a row (usually the number of phones).
    ContactSheet(const Message &message, const QList<Cell> &cells, int columns, const PreviewImageCache *images);
    // Every sample on every cell, a sample after the other.
    ContactSheet(const QList<Sample> &samples, const QList<Cell> &cells, int columns,
                 const PreviewImageCache *images);

    QSizeF size() const { return m_size; }
    int cellCount() const { return int(m_placed.size()); }
    // Draws the sheet with the painter's origin at its top-left, in dp.
    void paint(QPainter *painter) const;
    // The sheet as an image of `scale` device pixels per dp.
    QImage toImage(qreal scale) const;

private:
    struct Placed {
        Cell cell;
        QString caption;
        PreviewLayout layout;
        QPointF labelAt;
        QPointF screenAt;
        qreal width = 0;
    };
    QList<Placed> m_placed;
    QSizeF m_size;
    const PreviewImageCache *m_images = nullptr;
};

} // namespace soip
