// The preview draws every script a campaign in India uses, and emoji, with the fonts it ships,
// whatever the machine has installed.
#include "preview/previewfonts.h"

#include <QDirIterator>
#include <QGlyphRun>
#include <QRawFont>
#include <QResource>
#include <QTextLayout>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestPreviewFonts final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptsUseShippedFonts_data();
    void scriptsUseShippedFonts();
    void devanagariIsShaped();
    void fontsAreReadInPlace();
};

namespace {

// The families that draw `text` in the preview's font.
QStringList familiesFor(const QString &text)
{
    QTextLayout layout(text, PreviewFonts::font(16));
    layout.beginLayout();
    layout.createLine().setLineWidth(10000);
    layout.endLayout();
    QStringList families;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QString family = run.rawFont().familyName();
        if (!families.contains(family))
            families << family;
    }
    return families;
}

} // namespace

void TestPreviewFonts::initTestCase()
{
    QVERIFY(PreviewFonts::ensureLoaded());
}

void TestPreviewFonts::scriptsUseShippedFonts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("family");
    QTest::newRow("Latin and rupee") << u"Order \u20B9499"_s << u"Noto Sans"_s;
    QTest::newRow("Hindi") << u"\u0906\u092A\u0915\u093E \u0911\u0930\u094D\u0921\u0930"_s
                           << u"Noto Sans Devanagari"_s;
    QTest::newRow("Bengali") << u"\u0986\u09AA\u09A8\u09BE\u09B0"_s << u"Noto Sans Bengali"_s;
    QTest::newRow("Tamil") << u"\u0B89\u0B99\u0BCD\u0B95\u0BB3\u0BCD"_s << u"Noto Sans Tamil"_s;
    QTest::newRow("Telugu") << u"\u0C24\u0C46\u0C32\u0C41\u0C17\u0C41"_s << u"Noto Sans Telugu"_s;
    QTest::newRow("Kannada") << u"\u0C95\u0CA8\u0CCD\u0CA8\u0CA1"_s << u"Noto Sans Kannada"_s;
    QTest::newRow("Malayalam") << u"\u0D2E\u0D32\u0D2F\u0D3E\u0D33\u0D02"_s << u"Noto Sans Malayalam"_s;
    QTest::newRow("Gujarati") << u"\u0A97\u0AC1\u0A9C\u0AB0\u0ABE\u0AA4\u0AC0"_s << u"Noto Sans Gujarati"_s;
    QTest::newRow("Gurmukhi") << u"\u0A2A\u0A70\u0A1C\u0A3E\u0A2C\u0A40"_s << u"Noto Sans Gurmukhi"_s;
    QTest::newRow("Odia") << u"\u0B13\u0B21\u0B3C\u0B3F\u0B06"_s << u"Noto Sans Oriya"_s;
    QTest::newRow("emoji") << u"\U0001F389\U0001F44D\U0001F3FD"_s << u"Noto Color Emoji"_s;
}

void TestPreviewFonts::scriptsUseShippedFonts()
{
    QFETCH(QString, text);
    QFETCH(QString, family);
    QCOMPARE(familiesFor(text), QStringList{family});
}

void TestPreviewFonts::devanagariIsShaped()
{
    // "क्ष" is one conjunct: shaping turns three characters into fewer glyphs than a font without
    // Devanagari rules would draw.
    QTextLayout layout(u"\u0915\u094D\u0937"_s, PreviewFonts::font(16));
    layout.beginLayout();
    layout.createLine().setLineWidth(1000);
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    QCOMPARE(runs.size(), 1);
    QVERIFY(runs.first().glyphIndexes().size() < 3);
}

void TestPreviewFonts::fontsAreReadInPlace()
{
    // The fonts are registered from the program image without a copy only while rcc stores them
    // uncompressed (fonts.qrc); a compressed one would cost its whole size in memory again.
    QDirIterator files(u":/soip/fonts"_s);
    int count = 0;
    while (files.hasNext()) {
        const QResource font(files.next());
        QVERIFY2(font.compressionAlgorithm() == QResource::NoCompression, qPrintable(font.fileName()));
        QVERIFY(font.size() > 10000);
        ++count;
    }
    QCOMPARE(count, 13);
}

QTEST_MAIN(TestPreviewFonts)
#include "tst_previewfonts.moc"
