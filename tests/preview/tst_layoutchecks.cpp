// The layout checks QA relies on: each SOIP-LAYOUT-* warning with a card that triggers it and one
// that does not, the field it points at, and one warning per problem however many phones show it.
#include "preview/layoutchecks.h"
#include "preview/previewfonts.h"
#include "preview/previewimagecache.h"
#include "json/messagecodec.h"

#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestLayoutChecks final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleCardsAreClean();
    void titleCut();
    void largestFontSizeCutsWhatDefaultFits();
    void categoryAndEntityCut();
    void buttonLabelCut();
    void bodyCut();
    void labelsAlike();
    void blurredPicture();
    void croppedPicture();
    void tofu();
    void placeholdersAreNotWarned();
    void oneIssuePerProblem();

private:
    static Message sample(const QString &name);
    // The issues on the default phones and font sizes, with `images` for pictures.
    static QList<Issue> check(const Message &message, const PreviewImageCache *images = nullptr);
    // The issues with `code`, by path.
    static QStringList paths(const QList<Issue> &issues, const QString &code);
};

void TestLayoutChecks::initTestCase()
{
    QVERIFY(PreviewFonts::ensureLoaded());
}

Message TestLayoutChecks::sample(const QString &name)
{
    return MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-%1.json").arg(name)).message;
}

QList<Issue> TestLayoutChecks::check(const Message &message, const PreviewImageCache *images)
{
    const QList<Issue> issues = LayoutChecks::check(message, LayoutChecks::defaultTargets(), images);
    // A layout problem never blocks sending.
    for (const Issue &issue : issues)
        QTest::qVerify(issue.severity == Severity::Warning, "warning", qPrintable(issue.code), __FILE__, __LINE__);
    return issues;
}

QStringList TestLayoutChecks::paths(const QList<Issue> &issues, const QString &code)
{
    QStringList out;
    for (const Issue &issue : issues) {
        if (issue.code == code)
            out << issue.parameter;
    }
    return out;
}

void TestLayoutChecks::sampleCardsAreClean()
{
    for (const QString &name : {u"txt"_s, u"cta"_s, u"rmc-image"_s, u"rmc-video"_s})
        QVERIFY2(check(sample(name)).isEmpty(), qPrintable(name));
}

void TestLayoutChecks::titleCut()
{
    Message message = sample(u"cta"_s);
    message.titles[2] = u"Arriving on Thursday between ten and two"_s; // one line only for titles 2-4
    const QList<Issue> issues = check(message);
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-TEXT-CUT"_s), QStringList{u"title[2]"_s});
    QVERIFY2(issues.first().message.contains(u"Title 3"_s), qPrintable(issues.first().message));
    message.titles[2] = u"Arriving Thursday"_s;
    QVERIFY(check(message).isEmpty());
}

void TestLayoutChecks::largestFontSizeCutsWhatDefaultFits()
{
    Message message = sample(u"cta"_s);
    message.titles[1] = u"Order OD1234567 from Flipkart"_s;
    const PhonePresets::Phone phone = PhonePresets::find(u"redmi-13c"_s);
    const QList<Issue> atDefault =
        LayoutChecks::check(message, LayoutChecks::targets({phone}, {PreviewOptions::kFontScaleDefault}), nullptr);
    QVERIFY(atDefault.isEmpty());
    const QList<Issue> atLargest =
        LayoutChecks::check(message, LayoutChecks::targets({phone}, {PreviewOptions::kFontScaleLargest}), nullptr);
    QCOMPARE(paths(atLargest, u"SOIP-LAYOUT-TEXT-CUT"_s), QStringList{u"title[1]"_s});
    QVERIFY2(atLargest.first().message.contains(u"Redmi 13C"_s) &&
                 atLargest.first().message.contains(u"Largest"_s),
             qPrintable(atLargest.first().message));
}

void TestLayoutChecks::categoryAndEntityCut()
{
    Message message = sample(u"cta"_s);
    message.category = u"Order updates and delivery notifications"_s;
    message.coreEntity = u"\u20B91,49,999 with no-cost EMI for twelve months"_s;
    QCOMPARE(paths(check(message), u"SOIP-LAYOUT-TEXT-CUT"_s), (QStringList{u"category"_s, u"core_entity"_s}));
    message.category = u"Order update"_s;
    message.coreEntity = u"\u20B91,49,999"_s;
    QVERIFY(check(message).isEmpty());
}

void TestLayoutChecks::buttonLabelCut()
{
    Message message = sample(u"cta"_s);
    std::reverse(message.actions.begin(), message.actions.end()); // the file's order differs from the card's
    message.actions[2].label = u"Add the delivery slot to your calendar"_s;
    const QList<Issue> issues = check(message);
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-TEXT-CUT"_s), QStringList{u"actions[2].action_content"_s});
    message.actions[2].label = u"Add to calendar"_s;
    QVERIFY(check(message).isEmpty());
}

void TestLayoutChecks::bodyCut()
{
    Message message = sample(u"cta"_s);
    message.body = u"Line one\nLine two\nLine three\nLine four\nLine five\nLine six\nLine seven"_s;
    QCOMPARE(paths(check(message), u"SOIP-LAYOUT-BODY-CUT"_s), QStringList{u"body"_s});
    message.body = u"Line one\nLine two\nLine three"_s;
    QVERIFY(check(message).isEmpty());
    // A text message's bubble holds 60 lines.
    Message txt = sample(u"txt"_s);
    txt.body = u"line\n"_s.repeated(59) + u"line"_s;
    QVERIFY(check(txt).isEmpty());
    txt.body += u"\nline 61"_s;
    QCOMPARE(paths(check(txt), u"SOIP-LAYOUT-BODY-CUT"_s), QStringList{u"body"_s});
}

void TestLayoutChecks::labelsAlike()
{
    Message message = sample(u"cta"_s);
    message.actions[0].label = u"Download the full invoice for this order as PDF"_s;
    message.actions[1].label = u"Download the full invoice for this order as Excel"_s;
    QList<Issue> issues = check(message);
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-LABELS-ALIKE"_s), QStringList{u"actions[1].action_content"_s});
    // Elided but still different at the end of what shows: no warning for being alike.
    message.actions[1].label = u"Share the invoice with someone else by email"_s;
    issues = check(message);
    QVERIFY(paths(issues, u"SOIP-LAYOUT-LABELS-ALIKE"_s).isEmpty());
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-TEXT-CUT"_s).size(), 2);
}

void TestLayoutChecks::blurredPicture()
{
    Message message = sample(u"rmc-image"_s);
    message.richMedia[0].displayRatio = u"normal"_s;
    const QUrl url(message.shownPictureUrl());
    PreviewImageCache images;
    images.insert(url, QImage(480, 270, QImage::Format_RGB32)); // 16:9, but far fewer pixels than the slot
    QList<Issue> issues = check(message, &images);
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-IMAGE-BLURRED"_s), QStringList{u"rich_media[0].url"_s});
    QVERIFY(paths(issues, u"SOIP-LAYOUT-IMAGE-CROPPED"_s).isEmpty());
    images.insert(url, QImage(1280, 720, QImage::Format_RGB32));
    issues = check(message, &images);
    // 1280 pixels fill the 1029-pixel slot of the sharpest preset (305 dp at 3.375).
    QVERIFY2(issues.isEmpty(), issues.isEmpty() ? "" : qPrintable(issues.first().message));
}

void TestLayoutChecks::croppedPicture()
{
    Message message = sample(u"rmc-video"_s); // tall, with a cover image
    const QUrl url(message.shownPictureUrl());
    PreviewImageCache images;
    images.insert(url, QImage(1920, 1080, QImage::Format_RGB32)); // landscape in a 3:4 portrait slot
    QList<Issue> issues = check(message, &images);
    QCOMPARE(paths(issues, u"SOIP-LAYOUT-IMAGE-CROPPED"_s), QStringList{u"rich_media[0].cover"_s});
    QVERIFY2(issues.first().message.contains(u"58%"_s), qPrintable(issues.first().message));
    images.insert(url, QImage(1200, 1500, QImage::Format_RGB32)); // 4:5, close to 3:4: a small crop
    QVERIFY(check(message, &images).isEmpty());
}

void TestLayoutChecks::tofu()
{
    Message message = sample(u"cta"_s);
    message.titles[0] = u"\u65B0\u5E74\u5FEB\u4E50 sale"_s; // Chinese: no shipped font has it
    QCOMPARE(paths(check(message), u"SOIP-LAYOUT-TOFU"_s), QStringList{u"title[0]"_s});
    // Hindi, Tamil, the rupee sign and emoji with a skin tone and a joiner are all drawn.
    message.titles[0] =
        u"\u0926\u093F\u0935\u093E\u0932\u0940 \u0B87\u0BA9\u0BBF\u0BAF \u20B9 \U0001F44D\U0001F3FD \U0001F469\u200D\U0001F4BB \u2764\uFE0F"_s;
    QVERIFY(paths(check(message), u"SOIP-LAYOUT-TOFU"_s).isEmpty());
}

void TestLayoutChecks::placeholdersAreNotWarned()
{
    for (const QString &type : {u"TXT"_s, u"RMC"_s, u"CTA"_s}) {
        Message message;
        message.type = type;
        message.actions = {Action{}, Action{}};
        message.titles = QStringList(4, QString());
        QVERIFY2(check(message).isEmpty(), qPrintable(type));
    }
}

void TestLayoutChecks::oneIssuePerProblem()
{
    Message message = sample(u"cta"_s);
    message.titles[3] = u"A fourth title that is far too long for one line of any card"_s;
    const QList<Issue> issues = check(message); // cut on all 8 phone and font size combinations
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(u"7 more"_s), qPrintable(issues.first().message));
}

QTEST_MAIN(TestLayoutChecks)
#include "tst_layoutchecks.moc"
