#include "savetarget.h"

#include <QDir>
#include <QFileInfo>

namespace soip {

QString SaveTarget::refusal(const QString &path)
{
    const QFileInfo info(path); // follows a symbolic link to what it names
    if (!info.exists() || info.isFile())
        return {};
    const QString name = QDir::toNativeSeparators(path);
    if (info.isDir())
        return tr("%1 is a folder, not a file: choose a file name in it.").arg(name);
    return tr("%1 is not a regular file (a device, a pipe or a socket), so nothing was written to it.").arg(name);
}

} // namespace soip
