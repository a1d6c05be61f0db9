#include "dialoginhindi.h"
#include "dialogs/preferencesdialog.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace soip;

// Preferences → Language: the choice is offered in each language's own name, saved only on OK,
// shown again next time, and the dialog says when it takes effect.
class TestPreferencesDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SOIP Composer Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferencesdialog"));
    }

    void cleanup() { QSettings().clear(); }

    void offersSystemEnglishAndHindi()
    {
        PreferencesDialog dialog;
        QCOMPARE(dialog.objectName(), QStringLiteral("preferencesDialog"));
        const auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), 3);
        QVERIFY(combo->itemText(0).startsWith(QLatin1String("System default")));
        QCOMPARE(combo->itemData(0).toString(), QString());
        QCOMPARE(combo->itemText(1), QStringLiteral("English"));
        QCOMPARE(combo->itemText(2), QStringLiteral("हिन्दी"));
        QCOMPARE(combo->currentIndex(), 0);
        const auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNoteLabel"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QLatin1String("next time")));
    }

    void okSavesTheChoice()
    {
        {
            PreferencesDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("hi")));
            auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"));
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(UiLanguage::stored(), QStringLiteral("hi"));

        PreferencesDialog again;
        const auto *combo = again.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("hi"));
    }

    void cancelKeepsTheOldChoice()
    {
        UiLanguage::store(QStringLiteral("en"));
        PreferencesDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("en"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("hi")));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(UiLanguage::stored(), QStringLiteral("en"));
    }

    void systemDefaultForgetsTheChoice()
    {
        UiLanguage::store(QStringLiteral("hi"));
        PreferencesDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        combo->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(UiLanguage::stored(), QString());
        QVERIFY(!QSettings().contains(UiLanguage::settingsKey()));
    }

    // The dialog in Hindi: every visible text is translated.
    void inHindi()
    {
        test::checkDialogInHindi<PreferencesDialog>(QStringLiteral("preferencesdialog"),
                                                    QStringLiteral("Preferences"));
    }
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
