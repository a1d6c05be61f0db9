#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QTimer>
#include <QWheelEvent>

namespace soip {

WheelGuard::WheelGuard(QWidget *region)
    : QObject(region)
    , m_region(region)
{
    // On the application, because the form makes button and app-link editors long after this;
    // only wheel, polish, focus and Tab key events are looked at.
    qApp->installEventFilter(this);
    for (QWidget *w : region->findChildren<QWidget *>()) {
        if (guardedControl(w) == w)
            calm(w);
    }
}

QWidget *WheelGuard::guardedControl(QObject *object)
{
    for (auto *w = qobject_cast<QWidget *>(object); w && !w->isWindow(); w = w->parentWidget()) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w))
            return w;
    }
    return nullptr;
}

bool WheelGuard::covers(const QWidget *control) const
{
    // In the region, or in a window of its own that belongs to it: a floating dock, a dialog. Not
    // in a popup (a calendar's year box), which is open because the person opened it.
    const QWidget *w = control;
    while (w && w != m_region && !m_region->isAncestorOf(w)) {
        const QWidget *window = w->window();
        w = window->windowType() == Qt::Popup ? nullptr : window->parentWidget();
    }
    return w;
}

void WheelGuard::calm(QWidget *control) const
{
    // Qt::WheelFocus would hand the control the focus on the first notch, and the next notch
    // would change it.
    if (control->focusPolicy() == Qt::WheelFocus)
        control->setFocusPolicy(Qt::StrongFocus);
}

void WheelGuard::noteFocus(QWidget *control, const QFocusEvent *focus)
{
    Qt::FocusReason reason = focus->reason();
    // A window's or dialog's first field gets the focus "by Tab" too, with no key pressed.
    if ((reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) && !m_tabPressed)
        reason = Qt::OtherFocusReason;
    switch (reason) {
    case Qt::MouseFocusReason:
    case Qt::TabFocusReason:
    case Qt::BacktabFocusReason:
    case Qt::ShortcutFocusReason:
        // The person went there, or away from there.
        if (focus->gotFocus())
            m_chosen = control;
        else if (m_chosen == control)
            m_chosen = nullptr;
        break;
    case Qt::OtherFocusReason:
        // Put there by the program (the window's first field, a problem's field): not chosen.
        if (focus->gotFocus() || m_chosen == control)
            m_chosen = nullptr;
        break;
    default:
        break; // its own popup, or the window coming and going: it stays as it was
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::KeyPress) {
        // The focus moves while the key is delivered; the next event loop pass forgets the key.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && !m_tabPressed) {
            m_tabPressed = true;
            QTimer::singleShot(0, this, [this] { m_tabPressed = false; });
        }
        return QObject::eventFilter(watched, event);
    }
    if (type != QEvent::Wheel && type != QEvent::Polish && type != QEvent::FocusIn && type != QEvent::FocusOut)
        return QObject::eventFilter(watched, event);
    QWidget *control = guardedControl(watched);
    if (!control || !covers(control))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::Polish) {
        calm(control);
        return QObject::eventFilter(watched, event);
    }
    if (type != QEvent::Wheel) {
        noteFocus(control, static_cast<QFocusEvent *>(event));
        return QObject::eventFilter(watched, event);
    }
    if (control->hasFocus() && m_chosen == control)
        return QObject::eventFilter(watched, event);
    QAbstractScrollArea *area = nullptr;
    for (QWidget *w = control->parentWidget(); w && !area; w = w->isWindow() ? nullptr : w->parentWidget())
        area = qobject_cast<QAbstractScrollArea *>(w);
    if (!area)
        return true; // a bar of choices: nothing to scroll, nothing to change
    const auto *wheel = static_cast<QWheelEvent *>(event);
    QWidget *viewport = area->viewport();
    QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                       wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                       wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(viewport, &scroll);
    return true;
}

} // namespace soip
