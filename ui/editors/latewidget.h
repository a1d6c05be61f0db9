#pragma once

class QWidget;

namespace soip {

// A part of the form made after the form was set up (a second app link, a second button) missed
// ComposerForm's label alignment and field help. fitAfter() makes its form labels as wide as those
// of `previous`, a sibling made with the form, and gives its controls their FieldHelp. (Its place in the Tab order
// needs nothing: TabRing reads the order from the layouts.)
class LateWidget final {
public:
    static void fitAfter(QWidget *late, QWidget *previous);
};

} // namespace soip
