#pragma once

#include <QFile>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace soip {

// Makes what an SQLite database in WAL mode has committed survive a power cut, without making the
// caller wait: an fsync of its write-ahead log on a worker thread, which is what
// `PRAGMA synchronous=FULL` does inside every commit. A campaign keeps answering and sending while
// the disk catches up (a synced commit held the event loop for 2-13 ms here, once per few requests).
class WalSync final {
public:
    explicit WalSync(QString databasePath);
    // Waits for a sync still running: its file must stay open until it returns.
    ~WalSync();
    WalSync(const WalSync &) = delete;
    WalSync &operator=(const WalSync &) = delete;

    // Syncs everything committed so far; `done(ok)` runs on `context`'s thread afterwards.
    // `context` must wait() before it goes, so it is there when the sync reports.
    void syncLater(QObject *context, std::function<void(bool ok)> done);
    void wait();

private:
    QString m_path;
    QFile m_log; // opened on the first sync: SQLite makes the log with the first write
    QThreadPool m_worker;
};

} // namespace soip
