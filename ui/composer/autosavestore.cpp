#include "autosavestore.h"

#include "json/inputfile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace soip {

namespace {

const QString kPrefix = QStringLiteral("session-");
const QString kSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");

QString lockPathFor(const QString &sessionPath)
{
    return sessionPath.chopped(kSuffix.size()) + kLockSuffix;
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/autosave")
                                      : directory)
{}

AutosaveStore::~AutosaveStore() = default;

bool AutosaveStore::ensureSession(QString *error)
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory)) {
        if (error)
            *error = tr("Cannot create the folder %1 for autosaves.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = m_directory + u'/' + kPrefix + id + kSuffix;
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // A session lives as long as the app; never treat our own lock as stale.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (error)
            *error = tr("Cannot lock the autosave file in %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    m_lock = std::move(lock);
    m_sessionPath = path;
    return true;
}

bool AutosaveStore::save(const AutosaveSnapshot &snapshot, QString *error)
{
    if (!ensureSession(error))
        return false;
    QSaveFile file(m_sessionPath);
    // Unbuffered: a buffered write that fails only when close() flushes it (a full disk) is not
    // seen by QSaveFile (Qt 6.4), which then commits an empty file over the good one.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = tr("Cannot write the autosave %1: %2")
                         .arg(QDir::toNativeSeparators(m_sessionPath), file.errorString());
        return false;
    }
    const QByteArray bytes = snapshot.encode();
    if (bytes.size() > AutosaveSnapshot::kMaxBytes) {
        file.cancelWriting();
        if (error)
            *error = tr("The draft is too large to autosave: %1 KiB.").arg(bytes.size() / 1024);
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Cannot write the autosave %1: %2")
                         .arg(QDir::toNativeSeparators(m_sessionPath), file.errorString());
        return false;
    }
    return true;
}

void AutosaveStore::discard()
{
    if (!m_sessionPath.isEmpty())
        QFile::remove(m_sessionPath);
}

QList<AutosaveStore::Orphan> AutosaveStore::orphans() const
{
    QList<Orphan> found;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({kPrefix + u'*' + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (path == m_sessionPath)
            continue;
        // A lock we can take belongs to a session that is gone; release it at once so the
        // file can be removed later.
        QLockFile lock(lockPathFor(path));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        // Bounded and regular files only: a FIFO or a huge file left in the folder must not hang
        // or exhaust the app at start-up.
        const InputFile::Result file = InputFile::read(path, AutosaveSnapshot::kMaxBytes);
        if (!file.ok)
            continue;
        const std::optional<AutosaveSnapshot> snapshot = AutosaveSnapshot::decode(file.bytes);
        if (snapshot)
            found.append({path, *snapshot});
    }
    std::sort(found.begin(), found.end(),
              [](const Orphan &a, const Orphan &b) { return a.snapshot.savedAt > b.snapshot.savedAt; });
    return found;
}

void AutosaveStore::removeOrphan(const QString &path)
{
    QFile::remove(path);
    QFile::remove(lockPathFor(path));
}

} // namespace soip
