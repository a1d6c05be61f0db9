#include "screenreader.h"

#include <QAccessible>
#include <QString>
#include <QWidget>

#include <utility>

namespace soip::ScreenReader {

namespace {
Observer g_observer = nullptr;
} // namespace

void announce(QWidget *widget, const QString &text)
{
    if (widget->accessibleName() == text)
        return;
    widget->setAccessibleName(text);
    QAccessibleEvent alert(widget, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (g_observer)
        g_observer(widget, text);
}

Observer setObserver(Observer observer)
{
    return std::exchange(g_observer, observer);
}

} // namespace soip::ScreenReader
