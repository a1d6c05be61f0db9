#pragma once

#include "autosavestore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace soip {

class ComposerDocument;

// Keeps an autosave of the document while it has unsaved changes: written a moment after the user
// stops typing, and at least every few seconds while they keep typing, so a crash loses at most a
// few seconds of work. A document without unsaved changes needs no autosave, so it is removed.
class Autosaver final : public QObject {
    Q_OBJECT

public:
    static constexpr int kQuietDelayMs = 1500;
    static constexpr int kMaxDelayMs = 5000;

    // `directory` empty means the app's data directory (see AutosaveStore).
    explicit Autosaver(ComposerDocument *document, const QString &directory = {}, QObject *parent = nullptr);

    AutosaveStore &store() { return m_store; }
    const AutosaveStore &store() const { return m_store; }

    // Writes now if a write is pending (used before the app goes away, and by tests).
    void flush();
    // Removes this session's autosave (a clean exit or an explicit discard).
    void discard();
    bool isPending() const { return m_timer.isActive(); }
    // In how many milliseconds the pending write happens; -1 when none is pending.
    int nextWriteInMs() const { return m_timer.isActive() ? m_timer.interval() : -1; }

    // Milliseconds on a steady clock; tests give their own so that the deadline of a person who
    // never stops typing is reached without waiting for it.
    using Clock = std::function<qint64()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }

signals:
    // A write failed: the user should know their work is not being kept.
    void failed(const QString &reason);
    // A write succeeded after one failed: the work is kept again.
    void recovered();

private:
    void schedule();
    void write();

    ComposerDocument *m_document = nullptr;
    AutosaveStore m_store;
    QTimer m_timer;
    Clock m_clock;
    qint64 m_pendingSinceMs = 0; // m_clock() when the first change not yet written was made
    QString m_lastError;
};

} // namespace soip
