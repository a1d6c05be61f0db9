#pragma once

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace soip {

// Keeps the mouse wheel from changing values in a scrolling form. Qt gives a combo box, spin box
// or date/time box the focus on a wheel turn and lets the wheel change its value, so scrolling a
// long form with the pointer over one of them silently turned a button's "Open link" into "Add to
// calendar". With a guard on the form, a wheel over such a control that does not have the focus
// scrolls the form instead; once the person has clicked or tabbed into it, the wheel works as usual.
// One guard covers every control of its kind in the form, including those made later.
class WheelGuard final : public QObject {
    Q_OBJECT

public:
    explicit WheelGuard(QAbstractScrollArea *area);

    // The combo, spin or date/time box `w` is part of (its own line edit, say), or nullptr.
    static QWidget *guardedControl(QObject *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void calm(QWidget *control) const;

    QAbstractScrollArea *m_area = nullptr;
};

} // namespace soip
