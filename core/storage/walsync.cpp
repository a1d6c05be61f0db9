#include "walsync.h"

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace soip {

namespace {

bool syncToDisk(int fd)
{
#if defined(Q_OS_WIN)
    return ::_commit(fd) == 0;
#elif defined(Q_OS_LINUX)
    // As SQLite syncs on Linux: the log's data, not its times (fsync cost a third more CPU here).
    return ::fdatasync(fd) == 0;
#else
    return ::fsync(fd) == 0; // macOS has no fdatasync, and SQLite uses fsync there
#endif
}

} // namespace

WalSync::WalSync(QString databasePath)
    : m_path(std::move(databasePath) + QStringLiteral("-wal"))
{
    m_worker.setMaxThreadCount(1); // syncs in order, never two at once
}

WalSync::~WalSync()
{
    wait();
}

void WalSync::wait()
{
    m_worker.waitForDone();
}

void WalSync::syncLater(QObject *context, std::function<void(bool)> done)
{
    if (!m_log.isOpen()) {
        m_log.setFileName(m_path);
        // Read and write: Windows flushes only a handle that may write. ExistingOnly: SQLite has
        // made the log by the first commit; one missing is a failed sync, not a file to make.
        m_log.open(QIODevice::ReadWrite | QIODevice::ExistingOnly);
    }
    const int fd = m_log.isOpen() ? m_log.handle() : -1;
    m_worker.start([fd, context, done = std::move(done)] {
        const bool ok = fd >= 0 && syncToDisk(fd);
        QMetaObject::invokeMethod(
            context, [done, ok] { done(ok); }, Qt::QueuedConnection);
    });
}

} // namespace soip
