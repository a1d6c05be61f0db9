#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#endif

// A small tmpfs mounted at `path` for the length of a test, to fill a disk for real. Mounting needs
// root with CAP_SYS_ADMIN; where the test cannot mount one, it is skipped with the reason.
class SmallDisk final {
public:
    SmallDisk(const QString &path, const char *size)
        : m_path(QFile::encodeName(path))
    {
        QDir().mkpath(path);
#ifdef Q_OS_LINUX
        m_mounted = ::mount("tmpfs", m_path.constData(), "tmpfs", 0, size) == 0;
        if (!m_mounted)
            m_error = QString::fromLocal8Bit(std::strerror(errno));
#else
        m_error = QStringLiteral("tmpfs needs Linux");
#endif
    }
    ~SmallDisk()
    {
#ifdef Q_OS_LINUX
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
#endif
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool mounted() const
    {
        return m_mounted;
    }
    QString error() const
    {
        return m_error;
    }

    // Writes a file until the disk has no room left; true when it is full.
    bool fill()
    {
        QFile filler(fillerPath());
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        const QByteArray chunk(512, 'x');
        for (int i = 0; i < 100000; ++i) {
            if (filler.write(chunk) != chunk.size())
                return true;
        }
        return false;
    }
    void makeRoom()
    {
        QFile::remove(fillerPath());
    }

private:
    QString fillerPath() const
    {
        return QFile::decodeName(m_path) + QStringLiteral("/filler");
    }

    QByteArray m_path;
    bool m_mounted = false;
    QString m_error;
};
