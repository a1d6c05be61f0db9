#include "bootsession.h"

#include <QFile>

#if defined(Q_OS_MACOS)
#include <sys/sysctl.h>
#endif

namespace soip {

QByteArray currentBootSession()
{
#if defined(Q_OS_LINUX)
    QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (file.open(QIODevice::ReadOnly))
        return file.readAll().trimmed();
    return {};
#elif defined(Q_OS_MACOS)
    char uuid[64] = {};
    size_t size = sizeof uuid - 1;
    if (sysctlbyname("kern.bootsessionuuid", uuid, &size, nullptr, 0) == 0)
        return QByteArray(uuid).trimmed();
    return {};
#else
    // Windows gives no boot id that survives as one value; a campaign resumed there treats every
    // reserved request as possibly sent (Unknown), which is safe.
    return {};
#endif
}

} // namespace soip
