#include "interrupt.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace soip::cli {

namespace {
#if defined(Q_OS_UNIX)
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}
#else
void onSignal(int)
{
    QCoreApplication::quit();
}
#endif
} // namespace

Interrupt::Interrupt(std::function<void()> onInterrupt)
    : m_onInterrupt(std::move(onInterrupt))
{
#if defined(Q_OS_UNIX)
    if (g_signalPipe[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
        m_onInterrupt();
    });
#endif
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    m_installed = true;
}

Interrupt::~Interrupt()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

} // namespace soip::cli
