// The composer's preview pane as a person uses it: controls found by objectName, a redraw on every
// edit, what a button does on hover and click, pictures arriving (or breaking) later, and export.
#include "imageserver.h"
#include "preview/phonepresets.h"
#include "preview/previewimagecache.h"
#include "preview/previewpane.h"
#include "preview/previewrenderer.h"
#include "preview/previewwidget.h"

#include <QComboBox>
#include <QLabel>
#include <QMouseEvent>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestPreviewPane final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void controlsAreNamed();
    void redrawsOnEveryEdit();
    void optionsChangeTheDrawing();
    void hoverAndClickSayWhatAButtonDoes();
    void picturesArriveLater();
    void brokenPictureIsShown();
    void savesThePng();

private:
    template <typename T> T *child(const char *name) { return m_pane->findChild<T *>(QLatin1String(name)); }
    void sendMouse(QEvent::Type type, const QPoint &pos);

    ImageServer m_server;
    QNetworkAccessManager *m_network = nullptr;
    PreviewPane *m_pane = nullptr;
};

void TestPreviewPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.start());
}

void TestPreviewPane::init()
{
    m_network = new QNetworkAccessManager;
    m_pane = new PreviewPane(m_network);
    m_pane->resize(480, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestPreviewPane::cleanup()
{
    delete m_pane;
    delete m_network;
}

void TestPreviewPane::sendMouse(QEvent::Type type, const QPoint &pos)
{
    PreviewWidget *widget = m_pane->previewWidget();
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons = type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton;
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(widget, &event);
}

void TestPreviewPane::controlsAreNamed()
{
    QCOMPARE(m_pane->objectName(), u"previewPane"_s);
    QCOMPARE(m_pane->previewWidget()->objectName(), u"previewWidget"_s);
    const QList<QWidget *> controls = {
        child<QComboBox>("previewThemeComboBox"),
        child<QComboBox>("previewWidthComboBox"),
        child<QComboBox>("previewZoomComboBox"),
        child<QPushButton>("previewExportButton"),
        child<QLabel>("previewStatusLabel"),
        child<QScrollArea>("previewScrollArea"),
        m_pane->previewWidget(),
    };
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    // The widths are named after phones.
    QComboBox *width = child<QComboBox>("previewWidthComboBox");
    QCOMPARE(width->count(), PhonePresets::all().size());
    QVERIFY(width->itemText(0).contains(u"Redmi"_s));
    QVERIFY(child<QComboBox>("previewFontSizeComboBox"));
    QVERIFY(!child<QComboBox>("previewFontSizeComboBox")->accessibleName().isEmpty());
}

void TestPreviewPane::redrawsOnEveryEdit()
{
    Message message = m_server.sample(u"txt"_s);
    m_pane->setMessage(message);
    const QImage before = m_pane->previewWidget()->grab().toImage();
    message.body += u'!';
    m_pane->setMessage(message);
    const QImage after = m_pane->previewWidget()->grab().toImage();
    QCOMPARE(after.size(), before.size());
    QVERIFY(after != before);
    QCOMPARE(m_pane->currentImage(),
             PreviewRenderer::renderImage(message, m_pane->options(), m_pane->imageCache()));
}

void TestPreviewPane::optionsChangeTheDrawing()
{
    m_pane->setMessage(m_server.sample(u"cta"_s));
    PreviewWidget *widget = m_pane->previewWidget();
    QCOMPARE(widget->width(), 393);

    QComboBox *width = child<QComboBox>("previewWidthComboBox");
    width->setCurrentIndex(width->findData(u"redmi-13c"_s));
    QCOMPARE(widget->width(), 360);
    QCOMPARE(m_pane->options().density, 2.0);

    // The phone's font size: larger text makes the same card taller.
    QComboBox *fontSize = child<QComboBox>("previewFontSizeComboBox");
    const int before = widget->height();
    fontSize->setCurrentIndex(fontSize->findData(PreviewOptions::kFontScaleLargest));
    QCOMPARE(m_pane->options().fontScale, PreviewOptions::kFontScaleLargest);
    QVERIFY(widget->height() >= before);
    QVERIFY(m_pane->previewWidget()->layout().messageRect.height() >
            PreviewLayout::of(m_server.sample(u"cta"_s),
                              PhonePresets::on(PhonePresets::find(u"redmi-13c"_s), PreviewOptions()), nullptr)
                .messageRect.height());
    fontSize->setCurrentIndex(fontSize->findData(PreviewOptions::kFontScaleDefault));

    QComboBox *zoom = child<QComboBox>("previewZoomComboBox");
    zoom->setCurrentIndex(zoom->findData(200));
    QCOMPARE(widget->width(), 720);
    QCOMPARE(m_pane->options().scale, 2.0);

    QComboBox *theme = child<QComboBox>("previewThemeComboBox");
    QCOMPARE(widget->grab().toImage().pixelColor(4, 200), QColor(0xF2, 0xF3, 0xF5));
    theme->setCurrentIndex(theme->findData(int(PreviewOptions::Theme::Dark)));
    QCOMPARE(m_pane->options().theme, PreviewOptions::Theme::Dark);
    QCOMPARE(widget->grab().toImage().pixelColor(4, 200), QColor(Qt::black));
}

void TestPreviewPane::hoverAndClickSayWhatAButtonDoes()
{
    m_pane->setMessage(m_server.sample(u"cta"_s));
    PreviewWidget *widget = m_pane->previewWidget();
    QLabel *status = child<QLabel>("previewStatusLabel");
    const QString idle = status->text();
    const QList<QRect> buttons = widget->buttonRects();
    QCOMPARE(buttons.size(), 4);

    sendMouse(QEvent::MouseMove, buttons.at(1).center());
    QCOMPARE(status->text(), u"Opens https://www.kaleyra.com"_s);
    QCOMPARE(widget->actionDescriptionAt(buttons.at(2).center()),
             u"Adds 'Title of the event' on 19 Oct 2021 at 22:30 to the calendar"_s);
    sendMouse(QEvent::MouseMove, buttons.at(3).center());
    QCOMPARE(status->text(), u"Opens com.flipkart.android"_s);
    sendMouse(QEvent::MouseMove, QPoint(5, 5));
    QCOMPARE(status->text(), idle);

    sendMouse(QEvent::MouseButtonPress, buttons.at(0).center());
    sendMouse(QEvent::MouseButtonRelease, buttons.at(0).center());
    QVERIFY2(status->text().contains(u"Copies 'Hello World'"_s), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"Copy Text"_s));
}

void TestPreviewPane::picturesArriveLater()
{
    const Message message = m_server.sample(u"rmc-image"_s);
    m_pane->setMessage(message);
    const QUrl url(message.richMedia.first().url);
    // setMessage() returned before the picture arrived; it is drawn when it does.
    QTRY_COMPARE(m_pane->imageCache()->entry(url).state, PreviewImageCache::State::Ready);
    PreviewLayout result;
    PreviewRenderer::renderImage(message, m_pane->options(), m_pane->imageCache(), &result);
    const QColor sky =
        m_pane->previewWidget()->grab().toImage().pixelColor(result.media.rect.topLeft().toPoint() + QPoint(4, 4));
    QVERIFY2(sky.blue() > 180 && sky.red() < 140, qPrintable(sky.name()));
}

void TestPreviewPane::brokenPictureIsShown()
{
    Message message = m_server.sample(u"rmc-image"_s);
    message.richMedia[0].url = m_server.url(u"/missing.png"_s).toString();
    m_pane->setMessage(message);
    QTRY_COMPARE(m_pane->imageCache()->entry(QUrl(message.richMedia[0].url)).state,
                 PreviewImageCache::State::Failed);
    PreviewLayout result;
    PreviewRenderer::renderImage(message, m_pane->options(), m_pane->imageCache(), &result);
    QCOMPARE(result.media.state, PreviewImageCache::State::Failed);
    const QColor broken =
        m_pane->previewWidget()->grab().toImage().pixelColor(result.media.rect.topLeft().toPoint() + QPoint(4, 4));
    QCOMPARE(broken, QColor(0xFC, 0xEC, 0xEA));
}

void TestPreviewPane::savesThePng()
{
    QTemporaryDir dir;
    m_pane->setMessage(m_server.sample(u"cta"_s));
    QComboBox *zoom = child<QComboBox>("previewZoomComboBox");
    zoom->setCurrentIndex(zoom->findData(150));
    const QString path = dir.filePath(u"preview.png"_s);
    QString error;
    QVERIFY2(m_pane->saveImage(path, &error), qPrintable(error));
    const QImage saved(path);
    QCOMPARE(saved.width(), qCeil(393 * 1.5));
    QVERIFY(!m_pane->saveImage(dir.filePath(u"no/such/folder/preview.png"_s), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
