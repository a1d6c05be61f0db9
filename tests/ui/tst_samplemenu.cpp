// File → New from sample: every sample opens, the realistic ones need only recipients and a
// sender, and the vendor's are the vendor's files exactly.
#include "dialogs/samplemenu.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>

using namespace soip;

class TestSampleMenu final : public QObject {
    Q_OBJECT

private slots:
    void everySampleOpens()
    {
        SampleMenu menu;
        QSignalSpy chosen(&menu, &SampleMenu::sampleChosen);
        const QList<SampleMenu::Sample> samples = SampleMenu::samples();
        for (const SampleMenu::Sample &sample : samples) {
            QAction *action =
                menu.findChild<QAction *>(QStringLiteral("sample_") + sample.name.section(u'.', 0, 0));
            QVERIFY2(action, qPrintable(sample.name));
            action->trigger();
            QCOMPARE(chosen.count(), 1);
            const Message m = chosen.takeFirst().at(0).value<Message>();
            QVERIFY2(!m.type.isEmpty(), qPrintable(sample.name));
        }
    }

    void realisticCardsNeedOnlyWhoAndFromWhom()
    {
        for (const SampleMenu::Sample &sample : SampleMenu::samples()) {
            if (sample.name.startsWith(QLatin1String("vendor-")))
                continue;
            for (const Issue &issue : Validator::validate(SampleMenu::load(sample.name))) {
                if (!issue.isError())
                    continue;
                QVERIFY2(issue.parameter == QLatin1String("to") || issue.parameter == QLatin1String("from"),
                         qPrintable(sample.name + QStringLiteral(": ") + issue.parameter + QStringLiteral(" ") +
                                    issue.message));
            }
        }
    }

    void vendorSamplesAreTheVendors()
    {
        const QStringList names{QStringLiteral("txt"), QStringLiteral("rmc-image"), QStringLiteral("rmc-video"),
                                QStringLiteral("cta")};
        for (const QString &name : names) {
            const ReadResult vendor =
                MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-%1.json").arg(name));
            QCOMPARE(SampleMenu::load(QStringLiteral("vendor-%1.json").arg(name)), vendor.message);
        }
    }
};

QTEST_MAIN(TestSampleMenu)
#include "tst_samplemenu.moc"
