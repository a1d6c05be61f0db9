#pragma once

#include <QObject>

#include <functional>

namespace soip::cli {

// Ctrl+C and SIGTERM as an event: the signal handler only writes a byte to a socket pair (the one
// thing a handler may safely do) and the event loop calls `onInterrupt`. Restores the default
// handlers when destroyed.
class Interrupt final : public QObject {
    Q_OBJECT

public:
    explicit Interrupt(std::function<void()> onInterrupt);
    ~Interrupt() override;
    bool isInstalled() const { return m_installed; }

private:
    std::function<void()> m_onInterrupt;
    bool m_installed = false;
};

} // namespace soip::cli
