#include "wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QWheelEvent>

namespace soip {

WheelGuard::WheelGuard(QWidget *region)
    : QObject(region)
    , m_region(region)
{
    // On the application, because the form makes button and app-link editors long after this;
    // only wheel and polish events are looked at.
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
    // In the region's window, or in a dock of it that floats as a window of its own.
    const QWidget *w = control;
    while (w && w != m_region && !m_region->isAncestorOf(w)) {
        const QWidget *window = w->window();
        w = qobject_cast<const QDockWidget *>(window) ? window->parentWidget() : nullptr;
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

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::Wheel && type != QEvent::Polish)
        return QObject::eventFilter(watched, event);
    QWidget *control = guardedControl(watched);
    if (!control || !covers(control))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::Polish) {
        calm(control);
        return QObject::eventFilter(watched, event);
    }
    if (control->hasFocus())
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
