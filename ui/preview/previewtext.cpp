#include "previewtext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace soip {

namespace {

constexpr QChar kEllipsis(0x2026);

} // namespace

PreviewText::Metrics PreviewText::draw(QPainter *painter, const QString &text, const QFont &font,
                                       const QPointF &topLeft, qreal width, int maxLines, const QColor &color,
                                       bool centered)
{
    Metrics metrics;
    if (text.isEmpty() || width <= 0)
        return metrics;

    QString laidOut = text;
    laidOut.replace(QLatin1Char('\n'), QChar::LineSeparator);
    laidOut.remove(QLatin1Char('\r'));
    QTextLayout layout(laidOut, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);

    layout.beginLayout();
    qreal y = 0;
    int lines = 0;
    bool more = false;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        if (maxLines > 0 && lines == maxLines) {
            more = true;
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        ++lines;
    }
    layout.endLayout();
    metrics.height = y;

    // Stopping early leaves one more line, which endLayout() fills with the rest of the text: only
    // the first `lines` lines are shown.
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == lines - 1 && more) {
            // The last line shows as much of the rest as fits, ending with an ellipsis.
            const QFontMetricsF fm(font);
            QString rest = laidOut.mid(line.textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            QString elided = fm.elidedText(rest, Qt::ElideRight, width);
            if (elided == rest) {
                const QString lineText = laidOut.mid(line.textStart(), line.textLength()).trimmed();
                elided = fm.elidedText(lineText + kEllipsis, Qt::ElideRight, width);
            }
            const qreal w = fm.horizontalAdvance(elided);
            metrics.width = qMax(metrics.width, w);
            metrics.elided = true;
            if (painter) {
                const qreal x = topLeft.x() + (centered ? (width - w) / 2 : 0);
                painter->setFont(font);
                painter->setPen(color);
                painter->drawText(QPointF(x, topLeft.y() + line.y() + line.ascent()), elided);
            }
            continue;
        }
        const qreal w = line.naturalTextWidth();
        metrics.width = qMax(metrics.width, w);
        if (painter) {
            painter->setPen(color);
            const qreal dx = centered ? (width - w) / 2 : 0;
            line.draw(painter, topLeft + QPointF(dx, 0));
        }
    }
    return metrics;
}

} // namespace soip
