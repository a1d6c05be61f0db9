// `soip validate --check-media` run as a user runs it, against images served on 127.0.0.1 by this
// test: the same warnings, with the same codes, as the composer's Check puts in its Problems list.
#include "imageserver.h"
#include "json/messagecodec.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
};
} // namespace

class TestCliCheckMedia final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_images.start()); }

    void reachablePictureGivesNoWarning()
    {
        const Run run = validate(m_images.sample(u"rmc-image"_s), true);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.out));
        // Only that this test's server speaks http.
        for (const QString &code : {u"UNREACHABLE"_s, u"TYPE"_s, u"NOT-PICTURE"_s, u"SIZE"_s, u"EXTENSION"_s})
            QVERIFY2(!run.out.contains(u"SOIP-MEDIA-"_s + code), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"SOIP-MEDIA-HTTP"_s), qPrintable(run.out));
    }

    void unreachableMediaWarns()
    {
        soip::Message m = m_images.sample(u"rmc-image"_s);
        m.richMedia[0].url = m_images.closedPortUrl().toString();
        const Run run = validate(m, true);
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-UNREACHABLE rich_media[0].url"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-HTTP rich_media[0].url"_s), qPrintable(run.out));
        // Without the option nothing is fetched and nothing is said.
        const Run plain = validate(m, false);
        QVERIFY2(!plain.out.contains(u"SOIP-MEDIA-UNREACHABLE"_s), qPrintable(plain.out));
        // Warnings: whether the message is valid does not change.
        QCOMPARE(run.exitCode, plain.exitCode);
    }

    void notAPictureWarns()
    {
        soip::Message m = m_images.sample(u"rmc-image"_s);
        m.richMedia[0].url = m_images.url(u"/text.png"_s).toString();
        const Run run = validate(m, true);
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-TYPE rich_media[0].url"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"text/plain"_s), qPrintable(run.out));
    }

    void videoNamedLikeAPictureAndBadCoverWarn()
    {
        soip::Message m = m_images.sample(u"rmc-video"_s);
        m.richMedia[0].url = m_images.url(u"/photo.png"_s).toString();
        m.richMedia[0].cover = m_images.url(u"/missing.png"_s).toString();
        const Run run = validate(m, true);
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-EXTENSION rich_media[0].url"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-TYPE rich_media[0].url"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"warning SOIP-MEDIA-UNREACHABLE rich_media[0].cover"_s), qPrintable(run.out));
    }

private:
    // Runs soip while this process's event loop keeps serving the pictures.
    Run validate(const soip::Message &message, bool checkMedia)
    {
        const QString path = m_dir.filePath(u"message.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(soip::MessageCodec::toBytes(message));
        file.close();
        QStringList arguments{u"validate"_s};
        if (checkMedia)
            arguments.append(u"--check-media"_s);
        arguments.append(path);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"LANGUAGE"_s, u"en"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SOIP_CLI_PATH), arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        if (!process.waitForStarted() || !finished.wait(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

    ImageServer m_images;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCliCheckMedia)
#include "tst_cli_checkmedia.moc"
