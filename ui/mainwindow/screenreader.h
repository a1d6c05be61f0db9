#pragma once

class QString;
class QWidget;

namespace soip::ScreenReader {

// Tells a screen reader that `widget` now says `text`, without moving the focus there: the text
// becomes the widget's accessible name and an Alert event is sent (what AT-SPI, UI Automation and
// NSAccessibility read out). Nothing is sent when the widget already said that.
void announce(QWidget *widget, const QString &text);

// Called with each announcement as well (tests: offscreen, Qt has no accessibility bridge, so
// QAccessible drops the events before any handler sees them). Returns the previous observer.
using Observer = void (*)(QWidget *widget, const QString &text);
Observer setObserver(Observer observer);

} // namespace soip::ScreenReader
