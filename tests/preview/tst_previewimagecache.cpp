// Loading the preview's pictures over real HTTP on 127.0.0.1: success, the broken states (404, not
// an image, closed port, no answer) and that asking never blocks.
#include "imageserver.h"
#include "preview/previewimagecache.h"
#include "preview/previewrenderer.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;
using State = PreviewImageCache::State;

class TestPreviewImageCache final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsAnImage();
    void installsADiskCache();
    void brokenStates_data();
    void brokenStates();
    void failedImageIsRetriedLater();
    void noAnswerNeverBlocks();
    void fittedCropsToTheTarget();
    void rendererShowsEachState();

private:
    ImageServer m_server;
};

void TestPreviewImageCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestPreviewImageCache::loadsAnImage()
{
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    QSignalSpy changed(&images, &PreviewImageCache::imageChanged);
    const QUrl url = m_server.url(u"/photo.png"_s);
    images.request(url);
    QCOMPARE(images.entry(url).state, State::Loading);
    QTRY_COMPARE(images.entry(url).state, State::Ready);
    QCOMPARE(images.entry(url).image.size(), QSize(800, 600));
    QVERIFY(changed.count() >= 2); // loading, then ready
    // Asking again does not load again.
    images.request(url);
    QVERIFY(!images.hasPending());
}

void TestPreviewImageCache::installsADiskCache()
{
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    auto *disk = qobject_cast<QNetworkDiskCache *>(network.cache());
    QVERIFY(disk);
    QVERIFY(disk->cacheDirectory().contains(u"preview-images"_s));
}

void TestPreviewImageCache::brokenStates_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("reason");
    QTest::newRow("404") << m_server.url(u"/missing.png"_s) << u"404"_s;
    QTest::newRow("not an image") << m_server.url(u"/text.png"_s) << u"Not an image"_s;
    QTest::newRow("closed port") << ImageServer::closedPortUrl() << u"refused"_s;
    QTest::newRow("not http") << QUrl(u"ftp://127.0.0.1/photo.png"_s) << u"http"_s;
    QTest::newRow("not a url") << QUrl(u"photo"_s) << u"http"_s;
}

void TestPreviewImageCache::brokenStates()
{
    QFETCH(QUrl, url);
    QFETCH(QString, reason);
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    images.request(url);
    QTRY_COMPARE(images.entry(url).state, State::Failed);
    QVERIFY2(images.entry(url).error.contains(reason, Qt::CaseInsensitive), qPrintable(images.entry(url).error));
    QVERIFY(images.fitted(url, QSize(10, 10)).isNull());
}

void TestPreviewImageCache::failedImageIsRetriedLater()
{
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    const QUrl url = m_server.url(u"/missing.png"_s);
    images.request(url);
    QTRY_COMPARE(images.entry(url).state, State::Failed);
    // Within the retry interval an edit does not hammer the server...
    images.request(url);
    QCOMPARE(images.entry(url).state, State::Failed);
    // ...after it, the next edit tries again.
    images.setRetryAfterMs(0);
    images.request(url);
    QCOMPARE(images.entry(url).state, State::Loading);
    QTRY_COMPARE(images.entry(url).state, State::Failed);
}

void TestPreviewImageCache::noAnswerNeverBlocks()
{
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    const QUrl url = m_server.silentUrl();
    QElapsedTimer timer;
    timer.start();
    images.request(url);
    Message message = m_server.sample(u"rmc-image"_s);
    message.richMedia[0].url = url.toString();
    PreviewLayout result;
    PreviewRenderer::renderImage(message, PreviewOptions(), &images, &result);
    QVERIFY2(timer.elapsed() < 2000, "asking for a picture must not wait for the server");
    QCOMPARE(result.media.state, State::Loading);
    QVERIFY(images.hasPending());

    // A caller that stops waiting (soip preview) gets the broken state.
    QSignalSpy idle(&images, &PreviewImageCache::idle);
    images.abortPending(u"No answer within 1 second"_s);
    QCOMPARE(idle.count(), 1);
    QCOMPARE(images.entry(url).state, State::Failed);
    PreviewRenderer::renderImage(message, PreviewOptions(), &images, &result);
    QCOMPARE(result.media.state, State::Failed);
}

void TestPreviewImageCache::fittedCropsToTheTarget()
{
    PreviewImageCache images;
    const QUrl url(u"http://example.invalid/a.png"_s);
    QImage source(400, 100, QImage::Format_RGB32);
    source.fill(Qt::red);
    // The middle quarter is green: a centred crop to a square shows only green.
    for (int x = 150; x < 250; ++x)
        for (int y = 0; y < 100; ++y)
            source.setPixelColor(x, y, Qt::green);
    images.insert(url, source);
    const QImage fitted = images.fitted(url, QSize(50, 50));
    QCOMPARE(fitted.size(), QSize(50, 50));
    QCOMPARE(fitted.pixelColor(1, 25), QColor(Qt::green));
    QCOMPARE(fitted.pixelColor(48, 25), QColor(Qt::green));
}

void TestPreviewImageCache::rendererShowsEachState()
{
    QNetworkAccessManager network;
    PreviewImageCache images;
    images.setNetworkAccessManager(&network);
    Message message = m_server.sample(u"rmc-image"_s);
    PreviewLayout result;

    PreviewRenderer::renderImage(message, PreviewOptions(), &images, &result);
    QCOMPARE(result.media.state, State::Loading); // not asked for yet: the loading placeholder

    images.request(QUrl(message.richMedia[0].url));
    QTRY_COMPARE(images.entry(QUrl(message.richMedia[0].url)).state, State::Ready);
    const QImage ready = PreviewRenderer::renderImage(message, PreviewOptions(), &images, &result);
    QCOMPARE(result.media.state, State::Ready);
    // The picture's sky is drawn in the media area.
    const QColor sky = ready.pixelColor(result.media.rect.topLeft().toPoint() + QPoint(4, 4));
    QVERIFY2(sky.blue() > 180 && sky.red() < 140, qPrintable(sky.name()));

    message.richMedia[0].url = m_server.url(u"/missing.png"_s).toString();
    images.request(QUrl(message.richMedia[0].url));
    QTRY_COMPARE(images.entry(QUrl(message.richMedia[0].url)).state, State::Failed);
    PreviewRenderer::renderImage(message, PreviewOptions(), &images, &result);
    QCOMPARE(result.media.state, State::Failed);
}

QTEST_MAIN(TestPreviewImageCache)
#include "tst_previewimagecache.moc"
