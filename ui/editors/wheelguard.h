#pragma once

#include <QObject>
#include <QPointer>

class QFocusEvent;
class QWidget;

namespace soip {

// Keeps the mouse wheel from changing values the person did not choose. Qt gives a combo box, spin
// box or date/time box the focus on a wheel turn and lets the wheel change its value, so scrolling
// a long form with the pointer over one of them silently turned a button's "Open link" into "Add
// to calendar", and a notch over the preview's bar turned Light into Dark. With a guard on a part
// of the window, a wheel over such a control there that does not have the focus scrolls the
// nearest scroll area around it, or does nothing; once the person has clicked or tabbed into the
// control, the wheel works as usual (not when the program gave it the focus: the window's first
// field, or a dialog's, is not a choice the person made). One guard covers every control of its kind in its part,
// including those made later and those in its windows: a dock floating as a window of its own, a
// dialog (a notch over the import's "Phone numbers in" chose another column).
class WheelGuard final : public QObject {
    Q_OBJECT

public:
    explicit WheelGuard(QWidget *region);

    // The combo, spin or date/time box `w` is part of (its own line edit, say), or nullptr.
    static QWidget *guardedControl(QObject *w);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool covers(const QWidget *control) const;
    void calm(QWidget *control) const;
    void noteFocus(QWidget *control, const QFocusEvent *focus);

    QWidget *m_region = nullptr;
    QPointer<QWidget> m_chosen; // the control the person clicked or tabbed into, while it has the focus
    bool m_tabPressed = false;  // a Tab key is being delivered
};

} // namespace soip
