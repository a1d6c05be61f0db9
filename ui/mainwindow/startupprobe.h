#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QApplication;
class QWidget;

namespace soip {

// Hidden start-up modes for the screenshot script and the start-up benchmark: run something once
// the window has been painted for the first time (take a screenshot, print memory use, quit).
// Nothing here is reachable from the normal user interface.
class StartupProbe final : public QObject {
    Q_OBJECT

public:
    // Calls `then` from the event loop once `window` (or any widget in it) has been painted.
    static void afterFirstPaint(QWidget *window, std::function<void()> then);

    // Fusion with a light or dark palette, so screenshots look the same on every machine.
    static void usePalette(QApplication &app, bool dark);

    // Saves `window` as PNG at `path` (high-DPI aware). False with a message on stderr on failure.
    static bool saveScreenshot(QWidget *window, const QString &path);

    // Resident memory of this process in KiB (VmRSS), -1 where not known.
    static qint64 residentKiB();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StartupProbe(QWidget *window, std::function<void()> then);

    QPointer<QWidget> m_window;
    std::function<void()> m_then;
    bool m_done = false;
};

} // namespace soip
