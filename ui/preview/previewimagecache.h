#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace soip {

// The images a preview shows (an RMC's image or a video's cover), fetched asynchronously through
// the application's QNetworkAccessManager so the preview never waits for the network. The renderer
// only looks images up; whoever shows the preview asks for them with request().
class PreviewImageCache final : public QObject {
    Q_OBJECT

public:
    enum class State { Unknown, Loading, Ready, Failed };

    struct Entry {
        State state = State::Unknown;
        QImage image;  // when Ready, at most kMaxImageSide on its longer side
        QString error; // when Failed: why, for a person
    };

    // A bigger image is scaled down on arrival; a phone card never shows more pixels than this.
    static constexpr int kMaxImageSide = 2048;
    // A media file for a card is small; refusing more keeps a wrong URL (a video, an ISO) from
    // filling memory.
    static constexpr qint64 kMaxDownloadBytes = 20 * 1024 * 1024;

    explicit PreviewImageCache(QObject *parent = nullptr);
    ~PreviewImageCache() override;

    // Not owned. If the manager has no cache yet, a QNetworkDiskCache under the application's
    // cache location is installed on it, so images survive restarts.
    void setNetworkAccessManager(QNetworkAccessManager *network);
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    // Starts loading `url` unless it is known already (a failed one is tried again once
    // retryAfterMs() has passed, so fixing the file on the server shows on the next edit). Returns
    // at once.
    void request(const QUrl &url);
    int retryAfterMs() const { return m_retryAfterMs; }
    void setRetryAfterMs(int ms) { m_retryAfterMs = ms; }
    // Looks `url` up without touching the network.
    Entry entry(const QUrl &url) const;
    // The image of `url` scaled and centre-cropped to fill `pixelSize` (the last result per URL is
    // kept, so redrawing after a keystroke does not rescale). Null unless Ready.
    QImage fitted(const QUrl &url, const QSize &pixelSize) const;

    // For tests and benchmarks: puts an image in as if it had been downloaded.
    void insert(const QUrl &url, const QImage &image);
    // Marks every load still running as failed with `reason` (used when a caller stops waiting).
    void abortPending(const QString &reason);
    bool hasPending() const { return !m_replies.isEmpty(); }
    void clear();

signals:
    void imageChanged(const QUrl &url);
    // No load is running any more.
    void idle();

private:
    void finished(QNetworkReply *reply);
    void fail(const QUrl &url, const QString &error);

    QPointer<QNetworkAccessManager> m_network;
    QHash<QUrl, Entry> m_entries;
    QHash<QNetworkReply *, QUrl> m_replies;
    mutable QHash<QUrl, QImage> m_fitted;
    QHash<QUrl, qint64> m_failedAt; // ms since the epoch
    int m_retryAfterMs = 10000;
};

} // namespace soip
