// The preview's layout step as data, without a painter: where the card's parts go, what is elided,
// which button is which field, the phone's font size; and the model's rules it relies on (buttons
// in rank order, the picture a card shows).
#include "model/messagetype.h"
#include "preview/phonepresets.h"
#include "preview/previewfonts.h"
#include "preview/previewlayout.h"
#include "json/messagecodec.h"

#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestPreviewLayout final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void buttonOrderFollowsRank();
    void shownPicture();
    void cardPartsAreData();
    void buttonsKnowTheirField();
    void elisionIsRecorded();
    void fontScaleEnlargesText();
    void picturesStateComesFromTheCache();
    void presetsNameRealPhones();

private:
    static Message sample(const QString &name);
    static QStringList labels(const PreviewLayout &layout);
};

void TestPreviewLayout::initTestCase()
{
    QVERIFY(PreviewFonts::ensureLoaded());
}

Message TestPreviewLayout::sample(const QString &name)
{
    return MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-%1.json").arg(name)).message;
}

QStringList TestPreviewLayout::labels(const PreviewLayout &layout)
{
    QStringList out;
    for (const PreviewLayout::Button &button : layout.buttons)
        out << layout.texts.at(button.label).text;
    return out;
}

void TestPreviewLayout::buttonOrderFollowsRank()
{
    Message message = sample(u"cta"_s);
    QCOMPARE(message.buttonOrder(), (QList<qsizetype>{0, 1, 2, 3}));
    std::reverse(message.actions.begin(), message.actions.end()); // ranks now 3, 2, 1, 0
    QCOMPARE(message.buttonOrder(), (QList<qsizetype>{3, 2, 1, 0}));
    message.actions[3].rank = u"x"_s; // a bad rank goes last, ties keep the file's order
    message.actions[1].rank = u"3"_s; // ranks now 3, 3, 1, x
    QCOMPARE(message.buttonOrder(), (QList<qsizetype>{2, 0, 1, 3}));
    message.actions.append(message.actions.first());
    QCOMPARE(message.buttonOrder().size(), kMaxActions);
}

void TestPreviewLayout::shownPicture()
{
    const Message image = sample(u"rmc-image"_s);
    QCOMPARE(image.shownPictureUrl(), image.richMedia.first().url);
    const Message video = sample(u"rmc-video"_s);
    QVERIFY(!video.richMedia.first().cover.isEmpty());
    QCOMPARE(video.shownPictureUrl(), video.richMedia.first().cover);
    Message cta = sample(u"cta"_s);
    cta.richMedia = image.richMedia;
    QCOMPARE(cta.shownPictureUrl(), QString()); // a CTA shows no picture, whatever it holds
    Message blank = image;
    blank.richMedia[0].url = u"   "_s;
    QCOMPARE(blank.shownPictureUrl(), QString());
}

void TestPreviewLayout::cardPartsAreData()
{
    const PreviewLayout layout = PreviewLayout::of(sample(u"cta"_s), PreviewOptions(), nullptr);
    QCOMPARE(layout.size.width(), 393.0);
    QCOMPARE(layout.textsOf(PreviewLayout::Role::Title).size(), 4);
    QCOMPARE(layout.textsOf(PreviewLayout::Role::Title).first()->text, u"title0"_s);
    QCOMPARE(layout.textsOf(PreviewLayout::Role::CoreEntity).size(), 1);
    QCOMPARE(layout.textsOf(PreviewLayout::Role::Category).first()->text, u"Category  \u00B7  Sub Category"_s);
    QCOMPARE(layout.textsOf(PreviewLayout::Role::Body).first()->path, u"body"_s);
    QCOMPARE(labels(layout), (QStringList{u"Copy Text"_s, u"Open Link"_s, u"Add Event"_s, u"Open App"_s}));
    // Every text lies inside the card, and the card inside the message's band.
    for (const PreviewLayout::TextRun *run : layout.textsOf(PreviewLayout::Role::Title)) {
        QVERIFY(layout.messageRect.contains(run->topLeft));
        QVERIFY(!run->metrics.elided);
        QCOMPARE(run->metrics.lines, 1);
    }
    QVERIFY(layout.media.rect.isEmpty());
    // A TXT is a bubble with the body; an empty field is a placeholder, not the user's text.
    Message txt;
    txt.type = u"TXT"_s;
    const PreviewLayout bubble = PreviewLayout::of(txt, PreviewOptions(), nullptr);
    QCOMPARE(bubble.textsOf(PreviewLayout::Role::Body).size(), 1);
    QVERIFY(bubble.textsOf(PreviewLayout::Role::Body).first()->placeholder);
    QVERIFY(bubble.buttons.isEmpty());
}

void TestPreviewLayout::buttonsKnowTheirField()
{
    Message message = sample(u"cta"_s);
    std::reverse(message.actions.begin(), message.actions.end());
    const PreviewLayout layout = PreviewLayout::of(message, PreviewOptions(), nullptr);
    QCOMPARE(layout.buttons.first().actionIndex, 3);
    QCOMPARE(layout.texts.at(layout.buttons.first().label).path, u"actions[3].action_content"_s);
    QCOMPARE(layout.buttons.first().action.label, u"Copy Text"_s);
    for (qsizetype i = 1; i < layout.buttons.size(); ++i)
        QVERIFY(layout.buttons.at(i).rect.top() >= layout.buttons.at(i - 1).rect.bottom() - 0.01);
}

void TestPreviewLayout::elisionIsRecorded()
{
    Message message = sample(u"cta"_s);
    message.titles[0] = u"A very long title that goes on and on "_s.repeated(6);
    message.actions[1].label = u"A label far longer than any button is wide"_s;
    message.body = u"line\n"_s.repeated(10);
    const PreviewLayout layout = PreviewLayout::of(message, PreviewOptions(), nullptr);
    const PreviewLayout::TextRun *title = layout.textsOf(PreviewLayout::Role::Title).first();
    QVERIFY(title->metrics.elided);
    QCOMPARE(title->metrics.lines, 2);
    QVERIFY(title->shownLastLine().endsWith(QChar(0x2026)));
    const PreviewLayout::TextRun &label = layout.texts.at(layout.buttons.at(1).label);
    QVERIFY(label.metrics.elided);
    QVERIFY(label.shownLastLine().startsWith(u"A label far"_s));
    QVERIFY(label.shownLastLine().size() < label.text.size());
    const PreviewLayout::TextRun *body = layout.textsOf(PreviewLayout::Role::Body).first();
    QVERIFY(body->metrics.elided);
    QCOMPARE(body->metrics.lines, 6);
}

void TestPreviewLayout::fontScaleEnlargesText()
{
    Message message = sample(u"cta"_s);
    message.titles[0] = u"Your order will arrive on Thursday"_s;
    PreviewOptions largest;
    largest.fontScale = PreviewOptions::kFontScaleLargest;
    const PreviewLayout normal = PreviewLayout::of(message, PreviewOptions(), nullptr);
    const PreviewLayout large = PreviewLayout::of(message, largest, nullptr);
    const PreviewLayout::TextRun *normalTitle = normal.textsOf(PreviewLayout::Role::Title).first();
    const PreviewLayout::TextRun *largeTitle = large.textsOf(PreviewLayout::Role::Title).first();
    QCOMPARE(normalTitle->font.pixelSize(), 17);
    QCOMPARE(largeTitle->font.pixelSize(), 22); // 17 sp × 1.3
    QCOMPARE(normalTitle->metrics.lines, 1);
    QCOMPARE(largeTitle->metrics.lines, 2); // the same words need a second line
    QVERIFY(large.messageRect.height() > normal.messageRect.height());
    // Buttons keep their height: only their text grows.
    QCOMPARE(large.buttons.first().rect.height(), normal.buttons.first().rect.height());
}

void TestPreviewLayout::picturesStateComesFromTheCache()
{
    const Message message = sample(u"rmc-image"_s);
    PreviewLayout layout = PreviewLayout::of(message, PreviewOptions(), nullptr);
    QCOMPARE(layout.media.state, PreviewImageCache::State::Loading);
    QCOMPARE(layout.media.path, u"rich_media[0].url"_s);
    PreviewImageCache images;
    images.insert(QUrl(message.shownPictureUrl()), QImage(640, 360, QImage::Format_RGB32));
    layout = PreviewLayout::of(message, PreviewOptions(), &images);
    QCOMPARE(layout.media.state, PreviewImageCache::State::Ready);
    QCOMPARE(layout.media.sourceSize, QSize(640, 360));
    QCOMPARE(layout.media.rect.height(), std::round(layout.media.rect.width() * 9 / 16));
    QCOMPARE(PreviewLayout::of(sample(u"rmc-video"_s), PreviewOptions(), nullptr).media.path,
             u"rich_media[0].cover"_s);
}

void TestPreviewLayout::presetsNameRealPhones()
{
    QVERIFY(PhonePresets::all().size() >= 4);
    for (const PhonePresets::Phone &phone : PhonePresets::all()) {
        QVERIFY(phone.name.contains(u"Redmi"_s) || phone.name.contains(u"POCO"_s) ||
                phone.name.contains(u"Xiaomi"_s));
        QVERIFY(phone.widthDp >= PreviewOptions::kMinWidthDp && phone.widthDp <= PreviewOptions::kMaxWidthDp);
        QVERIFY(phone.density >= 1.5 && phone.density <= 4);
        QCOMPARE(PhonePresets::find(phone.id).widthDp, phone.widthDp);
    }
    // The default preview is one of them.
    const PhonePresets::Phone fallback = PhonePresets::find(u"redmi-12-5g"_s);
    QCOMPARE(fallback.widthDp, PreviewOptions().widthDp);
    QCOMPARE(fallback.density, PreviewOptions().density);
    QString bad;
    QVERIFY(PhonePresets::parseList(u"redmi-13c, 412"_s, &bad).size() == 2);
    QVERIFY(PhonePresets::parseList(u"redmi-13c,iphone"_s, &bad).isEmpty());
    QCOMPARE(bad, u"iphone"_s);
}

QTEST_MAIN(TestPreviewLayout)
#include "tst_previewlayout.moc"
