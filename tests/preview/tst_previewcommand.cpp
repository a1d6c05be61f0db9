// `soip preview` as a person runs it: the PNG it writes, its options, its errors and exit codes,
// and pictures that load, break or never answer. Pictures come from a server on 127.0.0.1.
#include "imagecompare.h"
#include "imageserver.h"
#include "json/messagecodec.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace soip;
using namespace Qt::StringLiterals;

class TestPreviewCommand final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void writesThePng();
    void optionsSetTheDrawing();
    void sameDrawingAsTheApp();
    void badArguments_data();
    void badArguments();
    void unreadableFile();
    void unwritableOutput();
    void brokenImageIsReported();
    void silentServerIsBounded();
    void help();
    void outDirWritesOnePngEach();
    void sheetMatchesItsGolden();
    void compareFindsAOneWordChange();
    void compareIgnoresAntiAliasingNoise();
    void validateLayout();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs soip while this test's event loop keeps serving the pictures.
    Run soip(const QStringList &arguments, int timeoutMs = 30000);
    QString writeSample(const Message &message, const QString &name);

    ImageServer m_server;
    QTemporaryDir m_dir;
};

void TestPreviewCommand::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_dir.isValid());
}

TestPreviewCommand::Run TestPreviewCommand::soip(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SOIP_CLI_PATH), arguments);
    Run run;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString TestPreviewCommand::writeSample(const Message &message, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(MessageCodec::toBytes(message));
    return path;
}

void TestPreviewCommand::writesThePng()
{
    const QString out = m_dir.filePath(u"txt.png"_s);
    const Run run =
        soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json"), u"--png"_s, out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.err.contains(u"soip preview"_s), qPrintable(run.err));
    const QImage image(out);
    QCOMPARE(image.width(), 393);
    QCOMPARE(image.pixelColor(4, 200), QColor(0xF2, 0xF3, 0xF5));
}

void TestPreviewCommand::optionsSetTheDrawing()
{
    const QString out = m_dir.filePath(u"dark.png"_s);
    const Run run = soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"), u"--png"_s,
                          out, u"--theme"_s, u"dark"_s, u"--width=360"_s, u"--scale"_s, u"2"_s});
    QCOMPARE(run.exitCode, 0);
    const QImage image(out);
    QCOMPARE(image.width(), 720);
    QCOMPARE(image.pixelColor(8, 400), QColor(Qt::black));
}

void TestPreviewCommand::sameDrawingAsTheApp()
{
    const QString in = writeSample(m_server.sample(u"rmc-image"_s), u"rmc-image.json"_s);
    const QString out = m_dir.filePath(u"rmc-image.png"_s);
    const Run run = soip({u"preview"_s, in, u"--png"_s, out});
    QCOMPARE(run.exitCode, 0);
    const ImageComparison comparison =
        ImageComparison::compare(QImage(out), QImage(ImageComparison::goldenPath(u"request-rmc-image-light"_s)));
    QVERIFY2(comparison.matches(), qPrintable(comparison.describe()));
}

void TestPreviewCommand::badArguments_data()
{
    const QString sample = QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json");
    const QString out = m_dir.filePath(u"bad.png"_s);
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << u"at least one"_s;
    QTest::newRow("no --png") << QStringList{sample} << u"--png"_s;
    QTest::newRow("two outputs") << QStringList{sample, u"--png"_s, out, u"--sheet"_s, out} << u"only one"_s;
    QTest::newRow("diff alone") << QStringList{sample, u"--png"_s, out, u"--diff"_s, out} << u"--compare"_s;
    QTest::newRow("phones") << QStringList{sample, u"--sheet"_s, out, u"--phones"_s, u"redmi-13c,nokia"_s}
                            << u"'nokia'"_s;
    QTest::newRow("themes") << QStringList{sample, u"--sheet"_s, out, u"--themes"_s, u"light,blue"_s}
                            << u"'blue'"_s;
    QTest::newRow("font scales") << QStringList{sample, u"--sheet"_s, out, u"--font-scales"_s, u"1,3"_s}
                                 << u"'3'"_s;
    QTest::newRow("two files") << QStringList{sample, sample, u"--png"_s, out} << u"exactly one"_s;
    QTest::newRow("theme") << QStringList{sample, u"--png"_s, out, u"--theme"_s, u"blue"_s} << u"light or dark"_s;
    QTest::newRow("width too small") << QStringList{sample, u"--png"_s, out, u"--width"_s, u"100"_s} << u"280"_s;
    QTest::newRow("width not a number")
        << QStringList{sample, u"--png"_s, out, u"--width"_s, u"wide"_s} << u"'wide'"_s;
    QTest::newRow("scale") << QStringList{sample, u"--png"_s, out, u"--scale"_s, u"big"_s} << u"--scale"_s;
    QTest::newRow("scale too big") << QStringList{sample, u"--png"_s, out, u"--scale=9"_s} << u"--scale"_s;
    QTest::newRow("missing value") << QStringList{sample, u"--png"_s} << u"needs a value"_s;
    QTest::newRow("unknown option") << QStringList{sample, u"--png"_s, out, u"--colour"_s} << u"--colour"_s;
}

void TestPreviewCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = soip(QStringList{u"preview"_s} + arguments);
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"bad.png"_s)));
}

void TestPreviewCommand::unreadableFile()
{
    const QString out = m_dir.filePath(u"none.png"_s);
    Run run = soip({u"preview"_s, m_dir.filePath(u"missing.json"_s), u"--png"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"missing.json"_s));
    QFile notJson(m_dir.filePath(u"not.json"_s));
    QVERIFY(notJson.open(QIODevice::WriteOnly));
    notJson.write("hello");
    notJson.close();
    run = soip({u"preview"_s, notJson.fileName(), u"--png"_s, out});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

void TestPreviewCommand::unwritableOutput()
{
    const Run run = soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json"), u"--png"_s,
                          m_dir.filePath(u"no/such/folder/x.png"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"cannot write"_s), qPrintable(run.err));

    // A folder, or a FIFO, named as the PNG: refused, and left as it was (found by hand: the
    // atomic save renamed a regular file over a FIFO, and as root over /dev/full).
    const QString folder = m_dir.filePath(u"folder.png"_s);
    QVERIFY(QDir().mkpath(folder));
    const Run intoFolder =
        soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json"), u"--png"_s, folder});
    QCOMPARE(intoFolder.exitCode, 1);
    QVERIFY2(intoFolder.err.contains(u"is a folder"_s), qPrintable(intoFolder.err));
    QVERIFY(QFileInfo(folder).isDir());
#ifdef Q_OS_UNIX
    const QString fifo = m_dir.filePath(u"fifo.png"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Run intoFifo =
        soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json"), u"--png"_s, fifo});
    QCOMPARE(intoFifo.exitCode, 1);
    QVERIFY2(intoFifo.err.contains(u"not a regular file"_s), qPrintable(intoFifo.err));
    struct stat status {};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &status), 0);
    QVERIFY(S_ISFIFO(status.st_mode));
#endif
}

void TestPreviewCommand::brokenImageIsReported()
{
    Message message = m_server.sample(u"rmc-image"_s);
    message.richMedia[0].url = m_server.url(u"/missing.png"_s).toString();
    const QString out = m_dir.filePath(u"broken.png"_s);
    const Run run = soip({u"preview"_s, writeSample(message, u"broken.json"_s), u"--png"_s, out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(u"could not be loaded"_s) && run.err.contains(u"404"_s), qPrintable(run.err));
    QVERIFY(QFile::exists(out));
}

void TestPreviewCommand::silentServerIsBounded()
{
    Message message = m_server.sample(u"rmc-image"_s);
    message.richMedia[0].url = m_server.silentUrl().toString();
    const QString out = m_dir.filePath(u"silent.png"_s);
    QElapsedTimer timer;
    timer.start();
    const Run run = soip(
        {u"preview"_s, writeSample(message, u"silent.json"_s), u"--png"_s, out, u"--image-timeout"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(timer.elapsed() < 15000);
    QVERIFY2(run.err.contains(u"1 second"_s), qPrintable(run.err));
    QVERIFY(QFile::exists(out));
}

void TestPreviewCommand::help()
{
    const Run run = soip({u"help"_s, u"preview"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"--png OUT.png"_s));
    QVERIFY(run.out.contains(u"--theme light|dark"_s));
}

void TestPreviewCommand::outDirWritesOnePngEach()
{
    const QString dir = m_dir.filePath(u"many"_s);
    const Run run = soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-txt.json"),
                          QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"), u"--out-dir"_s, dir});
    QCOMPARE(run.exitCode, 0);
    for (const QString &name : {u"request-txt"_s, u"request-cta"_s}) {
        const ImageComparison comparison = ImageComparison::compare(
            QImage(dir + u'/' + name + u".png"_s), QImage(ImageComparison::goldenPath(name + u"-light"_s)));
        QVERIFY2(comparison.matches(), qPrintable(name + u": "_s + comparison.describe()));
    }
    // Two files that would overwrite each other's picture: refused before anything is written.
    const QString again = writeSample(m_server.sample(u"txt"_s), u"request-cta.json"_s);
    const Run clash = soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"), again,
                            u"--out-dir"_s, m_dir.filePath(u"clash"_s)});
    QCOMPARE(clash.exitCode, 64);
    QVERIFY2(clash.err.contains(u"request-cta.png"_s), qPrintable(clash.err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"clash"_s)));
}

void TestPreviewCommand::sheetMatchesItsGolden()
{
    const QString out = m_dir.filePath(u"sheet.png"_s);
    const Run run = soip({u"preview"_s, QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json"),
                          u"--sheet"_s, out, u"--phones"_s, u"redmi-13c,redmi-12-5g,redmi-note-13-pro"_s,
                          u"--themes"_s, u"light,dark"_s, u"--font-scales"_s, u"1,1.3"_s});
    QCOMPARE(run.exitCode, 0);
    // The same golden as the renderer's own sheet test.
    const ImageComparison comparison =
        ImageComparison::compare(QImage(out), QImage(ImageComparison::goldenPath(u"sheet-cta"_s)));
    QVERIFY2(comparison.matches(), qPrintable(comparison.describe()));
}

void TestPreviewCommand::compareFindsAOneWordChange()
{
    Message message = m_server.sample(u"cta"_s);
    const QString before = writeSample(message, u"before.json"_s);
    const QString reference = m_dir.filePath(u"reference.png"_s);
    QCOMPARE(soip({u"preview"_s, before, u"--png"_s, reference}).exitCode, 0);

    Run run = soip({u"preview"_s, before, u"--compare"_s, reference});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"match"_s) && !run.out.contains(u"Changed:"_s), qPrintable(run.out));

    message.body = u"Test is best message"_s;
    const QString diff = m_dir.filePath(u"diff.png"_s);
    run =
        soip({u"preview"_s, writeSample(message, u"after.json"_s), u"--compare"_s, reference, u"--diff"_s, diff});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"differ"_s), qPrintable(run.out));
    // One region, around the body's line.
    QCOMPARE(run.out.count(u"Changed:"_s), 1);
    const QImage marked(diff);
    QCOMPARE(marked.size(), QImage(reference).size());

    // A reference that is not a picture is an unreadable input.
    run = soip({u"preview"_s, before, u"--compare"_s, before});
    QCOMPARE(run.exitCode, 2);
}

void TestPreviewCommand::compareIgnoresAntiAliasingNoise()
{
    const QString file = QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json");
    const QString reference = m_dir.filePath(u"noisy.png"_s);
    QCOMPARE(soip({u"preview"_s, file, u"--png"_s, reference}).exitCode, 0);
    // What another machine's rasteriser does: every pixel a little off, and a few scattered edge
    // pixels far off.
    QImage noisy = QImage(reference).convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < noisy.height(); ++y) {
        for (int x = 0; x < noisy.width(); ++x) {
            const QColor c = noisy.pixelColor(x, y);
            const int shift = (x + y) % 2 ? 30 : -30;
            QColor shifted(qBound(0, c.red() + shift, 255), qBound(0, c.green() + shift, 255),
                           qBound(0, c.blue() + shift, 255));
            if ((x * 7 + y * 13) % 1500 == 0)
                shifted = QColor(255 - c.red(), 255 - c.green(), 255 - c.blue());
            noisy.setPixelColor(x, y, shifted);
        }
    }
    QVERIFY(noisy.save(reference));
    const Run run = soip({u"preview"_s, file, u"--compare"_s, reference});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out));
}

void TestPreviewCommand::validateLayout()
{
    Message message = m_server.sample(u"cta"_s);
    message.titles[0] = u"A first title much too long to fit in the two lines a card gives it, however wide"_s;
    const QString file = writeSample(message, u"long-title.json"_s);
    Run run = soip({u"validate"_s, u"--json"_s, file});
    QVERIFY2(!run.out.contains(u"SOIP-LAYOUT"_s), qPrintable(run.out));
    run = soip({u"validate"_s, u"--json"_s, u"--layout"_s, file});
    QVERIFY2(run.out.contains(u"\"code\":\"SOIP-LAYOUT-TEXT-CUT\",\"parameter\":\"title[0]\""_s),
             qPrintable(run.out));
    // Only where QA looks: at the default font size on one wide phone, a shorter title fits.
    message.titles[0] = u"Order OD1234567 from Flipkart"_s;
    run = soip({u"validate"_s, u"--layout"_s, u"--phones"_s, u"redmi-12-5g"_s, u"--font-scales"_s, u"1"_s,
                writeSample(message, u"fits.json"_s)});
    QVERIFY2(!run.out.contains(u"SOIP-LAYOUT"_s), qPrintable(run.out));
    run = soip({u"validate"_s, u"--layout"_s, u"--phones"_s, u"nokia"_s, file});
    QCOMPARE(run.exitCode, 64);
    QVERIFY2(run.err.contains(u"'nokia'"_s), qPrintable(run.err));
}

QTEST_MAIN(TestPreviewCommand)
#include "tst_previewcommand.moc"
