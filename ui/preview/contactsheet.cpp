#include "contactsheet.h"

#include "layoutchecks.h"
#include "previewfonts.h"
#include "previewpainter.h"
#include "previewtext.h"

#include <QPainter>

#include <cmath>

namespace soip {

namespace {

constexpr qreal kMargin = 16;
constexpr qreal kGap = 20;
constexpr qreal kLabelHeight = 40;
const QColor kBackground(0xD5, 0xD8, 0xDD);
const QColor kLabelText(0x1A, 0x1A, 0x1A);
const QColor kLabelSecondary(0x4A, 0x4E, 0x55);

} // namespace

QList<ContactSheet::Cell> ContactSheet::cells(const QList<PhonePresets::Phone> &phones,
                                              const QList<PreviewOptions::Theme> &themes,
                                              const QList<qreal> &fontScales)
{
    QList<Cell> out;
    for (const PreviewOptions::Theme theme : themes) {
        for (const qreal scale : fontScales) {
            for (const PhonePresets::Phone &phone : phones)
                out.append({phone, theme, scale});
        }
    }
    return out;
}

QString ContactSheet::settingsLabel(const Cell &cell)
{
    const QString theme = cell.theme == PreviewOptions::Theme::Dark ? tr("Dark") : tr("Light");
    return tr("%1 dp \u00B7 %2 \u00B7 font size %3")
        .arg(cell.phone.widthDp)
        .arg(theme, LayoutChecks::fontScaleName(cell.fontScale));
}

ContactSheet::ContactSheet(const Message &message, const QList<Cell> &cells, int columns,
                           const PreviewImageCache *images)
    : ContactSheet(QList<Sample>{{QString(), message}}, cells, columns, images)
{}

ContactSheet::ContactSheet(const QList<Sample> &samples, const QList<Cell> &cells, int columns,
                           const PreviewImageCache *images)
    : m_images(images)
{
    columns = qMax(1, columns);
    for (const Sample &sample : samples) {
        for (const Cell &cell : cells) {
            PreviewOptions options = PhonePresets::on(cell.phone, PreviewOptions());
            options.theme = cell.theme;
            options.fontScale = cell.fontScale;
            m_placed.append({cell, sample.caption, PreviewLayout::of(sample.message, options, images), {}, {}, 0});
        }
    }
    // Each column as wide as its widest screen, each row as tall as its tallest.
    QList<qreal> widths(columns, 0);
    for (qsizetype i = 0; i < m_placed.size(); ++i)
        widths[i % columns] = qMax(widths[i % columns], m_placed.at(i).layout.size.width());
    qreal y = kMargin;
    for (qsizetype rowStart = 0; rowStart < m_placed.size(); rowStart += columns) {
        qreal x = kMargin;
        qreal rowHeight = 0;
        for (qsizetype i = rowStart; i < qMin(rowStart + columns, m_placed.size()); ++i) {
            Placed &placed = m_placed[i];
            placed.labelAt = QPointF(x, y);
            placed.screenAt = QPointF(x, y + kLabelHeight);
            placed.width = widths.at(i % columns);
            rowHeight = qMax(rowHeight, placed.layout.size.height());
            x += widths.at(i % columns) + kGap;
        }
        m_size.setWidth(qMax(m_size.width(), x - kGap + kMargin));
        y += kLabelHeight + rowHeight + kGap;
    }
    m_size.setHeight(m_placed.isEmpty() ? 2 * kMargin : y - kGap + kMargin);
    m_size = QSizeF(std::ceil(m_size.width()), std::ceil(m_size.height()));
}

void ContactSheet::paint(QPainter *painter) const
{
    painter->fillRect(QRectF(QPointF(0, 0), m_size), kBackground);
    const QFont name = PreviewFonts::font(13, QFont::Bold);
    const QFont settings = PreviewFonts::font(12);
    for (const Placed &placed : m_placed) {
        const QString title = placed.caption.isEmpty()
                                  ? placed.cell.phone.name
                                  : tr("%1 \u00B7 %2").arg(placed.caption, placed.cell.phone.name);
        PreviewText::draw(painter, title, name, placed.labelAt, placed.width, 1, kLabelText);
        PreviewText::draw(painter, settingsLabel(placed.cell), settings, placed.labelAt + QPointF(0, 19),
                          placed.width, 1, kLabelSecondary);
        painter->save();
        painter->translate(placed.screenAt);
        PreviewPainter::paint(painter, placed.layout, m_images);
        painter->restore();
    }
}

QImage ContactSheet::toImage(qreal scale) const
{
    scale = qBound(PreviewOptions::kMinScale, scale, PreviewOptions::kMaxScale);
    QImage image(qCeil(m_size.width() * scale), qCeil(m_size.height() * scale),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(kBackground);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paint(&painter);
    painter.end();
    return image;
}

} // namespace soip
