#include "tabring.h"

#include "scrollanchor.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QLayout>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QWidget>

namespace soip {

namespace {

QWidget *deepestProxy(QWidget *w)
{
    QWidget *proxy = w->focusProxy();
    while (proxy && proxy->focusProxy())
        proxy = proxy->focusProxy();
    return proxy;
}

class Walker final {
public:
    // `place` is found on the walk even when it takes no focus now: the control that had the
    // focus when it was disabled or hidden (a Check button while its check runs) is where Tab
    // goes on from.
    Walker(QWidget *root, QWidget *place)
        : m_root(root)
        , m_place(place)
    {}

    void visit(QWidget *w)
    {
        const bool towardsPlace = m_place && (w == m_place || w->isAncestorOf(m_place));
        if (!w || (w != m_root && w->isWindow()) || m_visited.contains(w) ||
            (!w->isVisibleTo(m_root->window()) && !towardsPlace))
            return;
        m_visited.insert(w);
        if (TabRing::isStop(w) || w == m_place)
            add(w);
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            visit(area->widget());
        } else if (auto *split = qobject_cast<QSplitter *>(w)) {
            // In the order shown: a splitter keeps its children in the order they were added.
            for (int i = 0; i < split->count(); ++i)
                visit(split->widget(i));
        } else if (!qobject_cast<QAbstractScrollArea *>(w)) {
            // A list or text view is one stop: its insides are not controls of their own.
            if (QLayout *layout = w->layout())
                visit(layout);
            // Children no layout manages (rare: a widget placed by hand) come after the rest.
            for (QObject *child : w->children()) {
                if (auto *cw = qobject_cast<QWidget *>(child))
                    visit(cw);
            }
        }
        // A control whose focus goes to a part of it the layouts do not show (an editable combo
        // box's line edit) counts as that part.
        if (QWidget *proxy = deepestProxy(w); proxy && w->isAncestorOf(proxy) && TabRing::isStop(proxy))
            add(proxy);
    }

    QList<QWidget *> result() const { return m_stops; }

private:
    void visit(QLayout *layout)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (QWidget *w = item->widget())
                visit(w);
            else if (QLayout *inner = item->layout())
                visit(inner);
        }
    }

    void add(QWidget *w)
    {
        if (!m_added.contains(w)) {
            m_added.insert(w);
            m_stops.append(w);
        }
    }

    QWidget *m_root = nullptr;
    QWidget *m_place = nullptr;
    QSet<QWidget *> m_visited;
    QSet<QWidget *> m_added;
    QList<QWidget *> m_stops;
};

} // namespace

bool TabRing::isStop(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isEnabled() && w->isVisibleTo(w->window());
}

QList<QWidget *> TabRing::stops(QWidget *root)
{
    return stopsAround(root, nullptr);
}

QList<QWidget *> TabRing::stopsAround(QWidget *root, QWidget *place)
{
    Walker walker(root, place);
    walker.visit(root);
    QList<QWidget *> stops = walker.result();
    stops.removeAll(root); // the root is the ring, not a stop on it
    return stops;
}

QList<QWidget *> TabRing::stopsAround(QWidget *root, QWidget *place, const QList<QWidget *> &regions)
{
    if (regions.isEmpty())
        return stopsAround(root, place);
    QList<QWidget *> stops;
    QSet<QWidget *> taken;
    const auto take = [&](const QList<QWidget *> &more) {
        for (QWidget *w : more) {
            if (!taken.contains(w)) {
                taken.insert(w);
                stops.append(w);
            }
        }
    };
    for (QWidget *region : regions) {
        if (region && root->isAncestorOf(region)) {
            if (isStop(region))
                take({region});
            take(stopsAround(region, place));
        }
    }
    take(stopsAround(root, place));
    return stops;
}

bool TabRing::step(QWidget *root, bool next, Ends ends, const QList<QWidget *> &regions)
{
    QWidget *focus = QApplication::focusWidget();
    const QList<QWidget *> ring = stopsAround(root, focus, regions);
    if (ring.isEmpty())
        return false;
    // The focus may sit inside a stop (a combo box's line edit).
    qsizetype at = -1;
    for (QWidget *w = focus; w && at < 0; w = w->parentWidget()) {
        at = ring.indexOf(w);
        if (w == root)
            break;
    }
    const bool inside = focus && (focus == root || root->isAncestorOf(focus));
    if (at < 0 && !inside && ends == Ends::Stop)
        return false;
    // From inside the root but not on a stop (the scroll area itself), Tab enters at the start.
    qsizetype to = at < 0 ? (next ? 0 : ring.size() - 1) : at + (next ? 1 : -1);
    if (to < 0 || to >= ring.size()) {
        if (ends == Ends::Stop)
            return false;
        to = next ? 0 : ring.size() - 1;
    }
    QWidget *target = ring.at(to);
    if (!isStop(target))
        return false; // the place the focus was is the only control left, and it takes none
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    // A control reached by the keyboard is one the person can see.
    ScrollAnchor::reveal(target);
    return true;
}

} // namespace soip
