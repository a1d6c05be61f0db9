#pragma once

#include <QList>

class QWidget;

namespace soip {

// The Tab order of a part of a window, taken from its layouts: the order a person reads the
// controls in (rows top to bottom, each row left to right), whatever order the widgets were made
// in. Qt's own chain follows creation order and treats a container whose focus proxy is one of
// its children as a stop of its own, which sent Tab from a row's last button back to its first
// field for ever; rows made later (a fourth button, a second app link) joined the chain at its end.
// Reading the layouts each time a Tab is pressed needs no bookkeeping when rows come and go.
class TabRing final {
public:
    // Every control in `root` Tab can reach now (visible, enabled, taking Tab focus), in reading
    // order. A control with a focus proxy inside it counts as that proxy.
    static QList<QWidget *> stops(QWidget *root);

    // Moves the focus from the focused control to the next (or previous) stop in `root`; from a
    // control just disabled or hidden too (Qt moves the focus on from it), so the focus never jumps
    // to the top.
    // Returns false, moving nothing, when the focus is on the last stop (or the first, going back)
    // or outside `root`, unless `wrap` is set: then the ring starts again at the other end.
    enum class Ends { Stop, Wrap };
    // `regions` (parts of `root`), when given, come first and in that order, each in its own
    // reading order; the rest of `root` follows (a window's layout is not its reading order).
    static bool step(QWidget *root, bool next, Ends ends = Ends::Stop, const QList<QWidget *> &regions = {});

    // Whether Tab can stop at `w` (for tests and for the window around the form).
    static bool isStop(const QWidget *w);

private:
    // stops(root), with `place` in its reading position even if Tab cannot stop there now.
    static QList<QWidget *> stopsAround(QWidget *root, QWidget *place);
    static QList<QWidget *> stopsAround(QWidget *root, QWidget *place, const QList<QWidget *> &regions);
};

} // namespace soip
