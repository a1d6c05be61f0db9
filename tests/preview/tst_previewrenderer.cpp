// The preview renderer: golden images of every vendor sample in both themes, and proof that the
// comparison catches a missing button, title or image; layout rules (rank order, elision,
// placeholders) that QA relies on.
#include "imagecompare.h"
#include "imageserver.h"
#include "model/messagetype.h"
#include "preview/contactsheet.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "preview/previewrenderer.h"

#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestPreviewRenderer final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void golden_data();
    void golden();
    void missingButtonIsCaught();
    void missingTitleIsCaught();
    void missingImageIsCaught();
    void missingBodyIsCaught();
    void buttonsFollowRank();
    void longTextIsElided();
    void emptyMessagesDrawPlaceholders_data();
    void emptyMessagesDrawPlaceholders();
    void onlyFieldsOfTheTypeAreDrawn();
    void widthAndScaleSetTheImageSize();
    void contactSheetGolden();
    void fontScaleDefaultIsTheGoldenDrawing();

private:
    // A drawing that must not match its golden image; logs by how much it differs, to keep the
    // tolerance honest.
    static void expectMismatch(const QImage &actual, const QString &golden, const char *what);
    QImage renderLoaded(const Message &message, PreviewOptions::Theme theme, PreviewLayout *result = nullptr);
    QImage golden(const QString &name);

    ImageServer m_server;
    QNetworkAccessManager m_network;
};

void TestPreviewRenderer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(PreviewFonts::ensureLoaded());
    QVERIFY(m_server.start());
}

QImage TestPreviewRenderer::renderLoaded(const Message &message, PreviewOptions::Theme theme,
                                         PreviewLayout *result)
{
    PreviewImageCache images;
    images.setNetworkAccessManager(&m_network);
    for (const QUrl &url : PreviewRenderer::imageUrls(message))
        images.request(url);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!images.hasPending(), 10000); }();
    PreviewOptions options;
    options.theme = theme;
    return PreviewRenderer::renderImage(message, options, &images, result);
}

QImage TestPreviewRenderer::golden(const QString &name)
{
    return QImage(ImageComparison::goldenPath(name));
}

void TestPreviewRenderer::expectMismatch(const QImage &actual, const QString &golden, const char *what)
{
    const ImageComparison comparison =
        ImageComparison::compare(actual, QImage(ImageComparison::goldenPath(golden)));
    qInfo("%s: %s", what, qPrintable(comparison.describe()));
    QVERIFY2(!comparison.matches(), what);
}

void TestPreviewRenderer::golden_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<PreviewOptions::Theme>("theme");
    for (const QString &sample : {u"txt"_s, u"rmc-image"_s, u"rmc-video"_s, u"cta"_s}) {
        QTest::newRow(qPrintable(sample + u"-light"_s)) << sample << PreviewOptions::Theme::Light;
        QTest::newRow(qPrintable(sample + u"-dark"_s)) << sample << PreviewOptions::Theme::Dark;
    }
}

void TestPreviewRenderer::golden()
{
    QFETCH(QString, sample);
    QFETCH(PreviewOptions::Theme, theme);
    const QString name = QStringLiteral("request-%1-%2").arg(sample, PreviewOptions::themeToString(theme));
    const QImage actual = renderLoaded(m_server.sample(sample), theme);
    QVERIFY(!actual.isNull());
    if (ImageComparison::updating())
        QVERIFY(actual.save(ImageComparison::goldenPath(name)));
    const QImage expected = golden(name);
    QVERIFY2(!expected.isNull(), qPrintable(QStringLiteral("no golden image %1; run with SOIP_UPDATE_GOLDEN=1")
                                                .arg(ImageComparison::goldenPath(name))));
    const ImageComparison comparison = ImageComparison::compare(actual, expected);
    if (!comparison.matches())
        actual.save(QDir::temp().filePath(name + u"-actual.png"));
    QVERIFY2(comparison.matches(), qPrintable(name + u": " + comparison.describe()));
}

void TestPreviewRenderer::missingButtonIsCaught()
{
    Message message = m_server.sample(QStringLiteral("cta"));
    message.actions.removeLast();
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Light), u"request-cta-light"_s,
                   "last button removed");

    // The label alone, too.
    message = m_server.sample(QStringLiteral("cta"));
    message.actions[1].label = QStringLiteral("Open");
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Dark), u"request-cta-dark"_s, "label shortened");

    // And a button's type (its icon).
    message = m_server.sample(QStringLiteral("cta"));
    message.actions[0].type = int(ActionType::Call);
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Light), u"request-cta-light"_s, "icon changed");
}

void TestPreviewRenderer::missingTitleIsCaught()
{
    Message message = m_server.sample(QStringLiteral("cta"));
    message.titles.removeLast();
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Light), u"request-cta-light"_s,
                   "last title removed");

    message = m_server.sample(QStringLiteral("rmc-image"));
    message.titles = QStringList{QString()};
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Light), u"request-rmc-image-light"_s,
                   "title emptied");
}

void TestPreviewRenderer::missingImageIsCaught()
{
    // Not loaded at all: the placeholder instead of the picture.
    const Message message = m_server.sample(QStringLiteral("rmc-image"));
    expectMismatch(PreviewRenderer::renderImage(message, PreviewOptions(), nullptr), u"request-rmc-image-light"_s,
                   "image not loaded");

    // The video's cover missing.
    Message video = m_server.sample(QStringLiteral("rmc-video"));
    video.richMedia[0].cover.clear();
    expectMismatch(renderLoaded(video, PreviewOptions::Theme::Dark), u"request-rmc-video-dark"_s, "cover removed");
}

void TestPreviewRenderer::missingBodyIsCaught()
{
    Message message = m_server.sample(QStringLiteral("txt"));
    message.body = QStringLiteral("Message");
    expectMismatch(renderLoaded(message, PreviewOptions::Theme::Light), u"request-txt-light"_s, "body shortened");
}

void TestPreviewRenderer::buttonsFollowRank()
{
    Message message = m_server.sample(QStringLiteral("cta"));
    std::reverse(message.actions.begin(), message.actions.end()); // ranks now 3, 2, 1, 0
    message.actions[0].rank = QStringLiteral("x");                // a bad rank goes last
    PreviewLayout result;
    renderLoaded(message, PreviewOptions::Theme::Light, &result);
    QCOMPARE(result.buttons.size(), 4);
    QStringList labels;
    for (const PreviewLayout::Button &button : std::as_const(result.buttons))
        labels << button.action.label;
    QCOMPARE(labels, (QStringList{u"Copy Text"_s, u"Open Link"_s, u"Add Event"_s, u"Open App"_s}));
    for (int i = 1; i < result.buttons.size(); ++i)
        QVERIFY(result.buttons.at(i).rect.top() >= result.buttons.at(i - 1).rect.bottom() - 0.01);
}

void TestPreviewRenderer::longTextIsElided()
{
    Message message = m_server.sample(QStringLiteral("cta"));
    PreviewLayout shortResult;
    renderLoaded(message, PreviewOptions::Theme::Light, &shortResult);

    // Two lines of title and six of body at most, however long they are.
    Message twoLines = message;
    twoLines.titles[0] = QStringLiteral("A title long enough to need a second line on this card");
    twoLines.body = QStringLiteral("line\n").repeated(6).trimmed();
    Message tooLong = message;
    tooLong.titles[0] = QStringLiteral("A very long title that goes on and on ").repeated(10);
    tooLong.body = QStringLiteral("line\n").repeated(40) + QStringLiteral("word ").repeated(300);
    tooLong.actions[0].label = QStringLiteral("A label far longer than any button is wide");
    PreviewLayout twoLinesResult;
    PreviewLayout tooLongResult;
    renderLoaded(twoLines, PreviewOptions::Theme::Light, &twoLinesResult);
    renderLoaded(tooLong, PreviewOptions::Theme::Light, &tooLongResult);
    QVERIFY(twoLinesResult.buttons.first().rect.top() > shortResult.buttons.first().rect.top());
    QCOMPARE(tooLongResult.buttons.first().rect.top(), twoLinesResult.buttons.first().rect.top());
    QCOMPARE(tooLongResult.buttons.first().rect.height(), twoLinesResult.buttons.first().rect.height());
}

void TestPreviewRenderer::emptyMessagesDrawPlaceholders_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("TXT") << u"TXT"_s;
    QTest::newRow("RMC") << u"RMC"_s;
    QTest::newRow("CTA") << u"CTA"_s;
    QTest::newRow("no type") << QString();
    QTest::newRow("bad type") << u"XYZ"_s;
}

void TestPreviewRenderer::emptyMessagesDrawPlaceholders()
{
    QFETCH(QString, type);
    Message message;
    message.type = type;
    PreviewLayout result;
    const QImage image = PreviewRenderer::renderImage(message, PreviewOptions(), nullptr, &result);
    QVERIFY(!image.isNull());
    QVERIFY(result.buttons.isEmpty());
    QCOMPARE(result.media.state, PreviewImageCache::State::Unknown);
    QCOMPARE(result.media.rect.isEmpty(), type != u"RMC");

    // Broken buttons and media draw too.
    message.actions = {Action{}, Action{99, QString(), u"9"_s, {}, {}, {}}};
    message.richMedia = {RichMedia{7, u"not a url"_s, u"weird"_s, {}}, RichMedia{}};
    message.titles = QStringList(6, QString());
    PreviewRenderer::renderImage(message, PreviewOptions(), nullptr, &result);
    QCOMPARE(result.buttons.size(), (type == u"CTA" || type == u"RMC") ? 2 : 0);
}

void TestPreviewRenderer::onlyFieldsOfTheTypeAreDrawn()
{
    // A CTA keeps no media, and a TXT no buttons, even if the composer still holds them.
    Message cta = m_server.sample(QStringLiteral("cta"));
    cta.richMedia = m_server.sample(QStringLiteral("rmc-image")).richMedia;
    PreviewLayout result;
    PreviewRenderer::renderImage(cta, PreviewOptions(), nullptr, &result);
    QVERIFY(result.media.rect.isEmpty());
    QVERIFY(PreviewRenderer::imageUrls(cta).isEmpty());
    Message txt = cta;
    txt.type = QStringLiteral("TXT");
    PreviewRenderer::renderImage(txt, PreviewOptions(), nullptr, &result);
    QVERIFY(result.buttons.isEmpty());
    // A video shows its cover, not the video file.
    QCOMPARE(PreviewRenderer::imageUrls(m_server.sample(QStringLiteral("rmc-video"))),
             QList<QUrl>{m_server.url(QStringLiteral("/cover.png"))});
}

void TestPreviewRenderer::widthAndScaleSetTheImageSize()
{
    PreviewOptions options;
    options.widthDp = 360;
    options.scale = 2;
    const QImage image = PreviewRenderer::renderImage(m_server.sample(QStringLiteral("txt")), options, nullptr);
    QCOMPARE(image.width(), 720);
    QCOMPARE(image.height(), 2 * qCeil(360 * PreviewLayout::kScreenAspect));
}

void TestPreviewRenderer::contactSheetGolden()
{
    // The 12-cell sheet: 3 phones × 2 themes × 2 font sizes.
    QList<PhonePresets::Phone> phones;
    for (const QString &id : {u"redmi-13c"_s, u"redmi-12-5g"_s, u"redmi-note-13-pro"_s})
        phones << PhonePresets::find(id);
    const QList<ContactSheet::Cell> cells =
        ContactSheet::cells(phones, {PreviewOptions::Theme::Light, PreviewOptions::Theme::Dark},
                            {1.0, PreviewOptions::kFontScaleLargest});
    QCOMPARE(cells.size(), 12);
    Message message = m_server.sample(QStringLiteral("cta"));
    const QImage actual = ContactSheet(message, cells, 3, nullptr).toImage(1.0);
    const QString name = u"sheet-cta"_s;
    if (ImageComparison::updating())
        QVERIFY(actual.save(ImageComparison::goldenPath(name)));
    const ImageComparison comparison = ImageComparison::compare(actual, golden(name));
    if (!comparison.matches())
        actual.save(QDir::temp().filePath(name + u"-actual.png"));
    QVERIFY2(comparison.matches(), qPrintable(comparison.describe()));

    // A changed title shows in the cells, and only there.
    message.titles[0] = QStringLiteral("Sale ends");
    const ImageComparison changed =
        ImageComparison::compare(ContactSheet(message, cells, 3, nullptr).toImage(1.0), golden(name));
    qInfo("title changed: %s", qPrintable(changed.describe()));
    QVERIFY(!changed.matches());
    QCOMPARE(changed.diff.changedRegions.size(), 12);
}

void TestPreviewRenderer::fontScaleDefaultIsTheGoldenDrawing()
{
    // Larger text is a different drawing; the default is the one the goldens hold.
    PreviewOptions options;
    options.fontScale = PreviewOptions::kFontScaleLargest;
    expectMismatch(PreviewRenderer::renderImage(m_server.sample(u"txt"_s), options, nullptr),
                   u"request-txt-light"_s, "font size Largest");
}

QTEST_MAIN(TestPreviewRenderer)
#include "tst_previewrenderer.moc"
