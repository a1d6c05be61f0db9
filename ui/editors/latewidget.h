#pragma once

#include <QList>

class QWidget;

namespace soip {

// A part of the form made after the form was set up (a second app link, a second button) joins
// the end of the window's tab chain and missed ComposerForm's label alignment. fitAfter() puts
// it right: its tab stops straight after those of `previous`, a sibling made with the form, and
// its form labels as wide as `previous`'s.
class LateWidget final {
public:
    static void fitAfter(QWidget *late, QWidget *previous);

    // The inputs inside `box` in tab order, found along the window's tab chain.
    static QList<QWidget *> tabStops(QWidget *box);
};

} // namespace soip
