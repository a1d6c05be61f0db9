#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace soip {

// Paragraph layout the way a phone's text view does it: wrap at word boundaries (anywhere in a
// word longer than the line), stop after a number of lines and end the last one with "…".
// Complex scripts (Devanagari and the other Indian scripts) are shaped by QTextLayout. Laid-out
// paragraphs are cached between calls, so it is for the GUI thread only, like QFont.
class PreviewText final {
public:
    struct Metrics {
        qreal height = 0;
        qreal width = 0; // of the widest line drawn
        bool elided = false;
        int lines = 0;
        QString elidedLine; // the last line as drawn, ending in "…", when elided
    };

    // Lays `text` out in `width` from `topLeft`, at most `maxLines` lines (0: no limit), and draws it
    // with `color` when `painter` is not null. `centered` centres each line in `width`.
    static Metrics measure(const QString &text, const QFont &font, qreal width, int maxLines)
    {
        return draw(nullptr, text, font, QPointF(), width, maxLines, QColor());
    }
    static Metrics draw(QPainter *painter, const QString &text, const QFont &font, const QPointF &topLeft,
                        qreal width, int maxLines, const QColor &color, bool centered = false);
};

} // namespace soip
