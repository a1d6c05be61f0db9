#include "autosaver.h"

#include "composerdocument.h"

#include <chrono>
#include <utility>

namespace soip {

Autosaver::Autosaver(ComposerDocument *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(directory)
    , m_clock([] {
        return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now().time_since_epoch())
                          .count());
    })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::write);
    connect(m_document, &ComposerDocument::changed, this, &Autosaver::schedule);
    connect(m_document, &ComposerDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            m_timer.stop();
            m_store.discard();
        } else {
            schedule();
        }
    });
}

void Autosaver::schedule()
{
    if (!m_document->isModified())
        return;
    const qint64 now = m_clock();
    if (!m_timer.isActive())
        m_pendingSinceMs = now;
    // Restarting the quiet delay on every keystroke would never write while someone types
    // steadily; the deadline caps how long a change can stay unsaved.
    const qint64 waited = now - m_pendingSinceMs;
    m_timer.start(int(std::clamp<qint64>(kMaxDelayMs - waited, 0, kQuietDelayMs)));
}

void Autosaver::flush()
{
    if (m_timer.isActive()) {
        m_timer.stop();
        write();
    }
}

void Autosaver::discard()
{
    m_timer.stop();
    m_store.discard();
}

void Autosaver::write()
{
    if (!m_document->isModified())
        return;
    AutosaveSnapshot snapshot;
    snapshot.message = m_document->message();
    snapshot.recipients = m_document->recipientSource();
    snapshot.recipientsText = m_document->recipientsText();
    snapshot.filePath = m_document->filePath();
    snapshot.modified = true;
    snapshot.savedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!m_store.save(snapshot, &error)) {
        // Report a failure once, not on every keystroke.
        if (error != m_lastError)
            emit failed(error);
        m_lastError = error;
        return;
    }
    if (!std::exchange(m_lastError, QString()).isEmpty())
        emit recovered();
}

} // namespace soip
