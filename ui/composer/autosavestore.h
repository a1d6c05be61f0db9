#pragma once

#include "autosavesnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace soip {

// Where autosaves live: one file per running window session in the app's data directory, each
// guarded by a lock file the session holds while it runs. A session file whose lock is free belongs
// to a session that ended without cleaning up (a crash or `kill -9`) and can be offered for restore;
// a second copy of the app running at the same time never takes it.
class AutosaveStore final {
    Q_DECLARE_TR_FUNCTIONS(soip::AutosaveStore)

public:
    struct Orphan {
        QString path;
        AutosaveSnapshot snapshot;
    };

    // `directory` empty means `<AppDataLocation>/autosave`.
    explicit AutosaveStore(const QString &directory = {});
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    QString directory() const { return m_directory; }
    QString sessionPath() const { return m_sessionPath; }

    // Writes atomically (QSaveFile). Returns false with a readable reason on failure.
    bool save(const AutosaveSnapshot &snapshot, QString *error = nullptr);
    // Removes this session's autosave (clean exit, explicit discard, or a saved document).
    void discard();

    // Autosaves left behind by sessions that are no longer running, newest first. Files that cannot
    // be read are left where they are (never deleted behind the user's back).
    QList<Orphan> orphans() const;
    static void removeOrphan(const QString &path);

private:
    bool ensureSession(QString *error);

    QString m_directory;
    QString m_sessionPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace soip
