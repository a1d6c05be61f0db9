#include "inputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace soip {

namespace {

InputFile::Result failure(const QString &error)
{
    InputFile::Result result;
    result.error = error;
    return result;
}

} // namespace

InputFile::Result InputFile::read(const QString &path, qint64 maxBytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return failure(tr("There is no file %1.").arg(shown));
    if (info.isDir())
        return failure(tr("%1 is a folder, not a file.").arg(shown));
    if (!info.isFile())
        return failure(
            tr("%1 is not a regular file (it is a pipe, a device or a socket), so it is not read.").arg(shown));

    QFile file;
    // A Qt resource (":/…", compiled into the program, such as the samples) is no outside file:
    // it cannot block or grow, and the operating system cannot open it.
    const bool resource = path.startsWith(QLatin1String(":/"));
#ifdef Q_OS_UNIX
    if (resource) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(tr("Cannot open %1: %2").arg(shown, file.errorString()));
    } else {
        // The check above and the open below see the same path at different times; opening without
        // blocking and checking the opened file itself means a FIFO put there in between cannot hang.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0)
            return failure(tr("Cannot open %1: %2").arg(shown, QString::fromLocal8Bit(strerror(errno))));
        struct stat status {};
        if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
            ::close(fd);
            return failure(tr("%1 is not a regular file (it is a pipe, a device or a socket), so it is not read.")
                               .arg(shown));
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return failure(tr("Cannot open %1: %2").arg(shown, file.errorString()));
        }
    }
#else
    Q_UNUSED(resource)
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot open %1: %2").arg(shown, file.errorString()));
#endif
    Result result;
    result.size = file.size();
    if (result.size > maxBytes) {
        result.tooLarge = true;
        return result;
    }
    result.bytes = file.read(maxBytes + 1);
    if (result.bytes.size() > maxBytes) { // it grew while we read it
        result.tooLarge = true;
        result.size = result.bytes.size();
        result.bytes.clear();
        return result;
    }
    if (file.error() != QFileDevice::NoError)
        return failure(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    result.size = result.bytes.size();
    result.ok = true;
    return result;
}

} // namespace soip
