#include "scrollanchor.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>

namespace soip {

ScrollAnchor::ScrollAnchor(QScrollArea *area)
    : m_area(area)
{
    QWidget *focus = QApplication::focusWidget();
    if (area && area->widget() && focus && area->widget()->isAncestorOf(focus) && focus->isVisible()) {
        m_anchor = focus;
        m_y = anchorY();
    }
}

ScrollAnchor::~ScrollAnchor()
{
    if (!m_settled)
        settle();
}

int ScrollAnchor::anchorY() const
{
    return m_anchor->mapTo(m_area->viewport(), QPoint(0, 0)).y();
}

void ScrollAnchor::settleLayouts()
{
    // A field's new height travels up one parent per pass.
    for (int pass = 0; pass < 8; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void ScrollAnchor::settle()
{
    m_settled = true;
    if (!m_area || !m_anchor)
        return;
    QWidget *content = m_area->widget();
    const int heightBefore = content->height();
    settleLayouts();
    const int moved = anchorY() - m_y;
    if (moved == 0 || !m_anchor->isVisible())
        return;
    if (moved < 0 && content->height() < heightBefore) {
        // Shrinking above the anchor: keep the height for now, or there is nothing to scroll back.
        content->setMinimumHeight(heightBefore);
        settleLayouts();
    }
    QScrollBar *bar = m_area->verticalScrollBar();
    bar->setValue(bar->value() + moved);
}

void ScrollAnchor::reveal(QWidget *w)
{
    settleLayouts();
    // The whole control where it fits, else its top. (QScrollArea::ensureWidgetVisible() shows
    // only a text box's cursor line, leaving most of a tall box out of view.)
    constexpr int kMargin = 40;
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        auto *area = qobject_cast<QScrollArea *>(p);
        if (!area || !area->widget() || !area->widget()->isAncestorOf(w))
            continue;
        const QRect r(w->mapTo(area->widget(), QPoint(0, 0)), w->size());
        const int room = area->viewport()->height();
        if (r.height() + 2 * kMargin > room)
            area->ensureVisible(r.left(), r.top(), kMargin, kMargin);
        else
            area->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + kMargin, r.height() / 2 + kMargin);
    }
}

} // namespace soip
