#pragma once

#include <QCoreApplication>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;

namespace soip {

// What checking a media URL found out.
struct MediaProbeResult {
    QUrl url;
    bool reachable = false; // an HTTP answer with a 2xx status
    int httpStatus = 0;
    QString error;       // translated, when not reachable
    QString contentType; // without parameters, lower case
    qint64 size = -1;    // bytes; -1 when the server does not say
    QByteArray picture;  // the file, when a picture was asked for and it was small enough
};

// Checks a media URL without blocking: HEAD first (cheap), then GET when the server refuses HEAD
// or when the picture itself is wanted (for a thumbnail, or to see that it opens; decoding it
// is the caller's, core has no image library). One check at a time; starting a new one
// or destroying the probe cancels the old one.
class MediaProbe final : public QObject {
    Q_OBJECT

public:
    // Pictures larger than this are not downloaded for a thumbnail (the size is still reported).
    static constexpr qint64 kMaxDownloadBytes = 15 * 1024 * 1024;
    static constexpr int kTimeoutMs = 15000;

    explicit MediaProbe(QObject *parent = nullptr);
    ~MediaProbe() override;

    void setNetworkAccessManager(QNetworkAccessManager *manager) { m_network = manager; }
    void start(const QUrl &url, bool wantImage);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

signals:
    void finished(const soip::MediaProbeResult &result);

private:
    void sendHead();
    void sendGet();
    void onHeadFinished();
    void onGetFinished();
    void readHeaders(QNetworkReply *reply);
    void finish();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    MediaProbeResult m_result;
    bool m_wantImage = false;
};

} // namespace soip
