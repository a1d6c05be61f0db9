#include "dialogs/aboutdialog.h"
#include "uilanguage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace soip;

// Help → About shows what a support request needs: the version, the Qt it was built with and runs
// on, the home page, and the licences of everything the installers ship.
class TestAboutDialog final : public QObject {
    Q_OBJECT

private slots:
    void showsVersions()
    {
        AboutDialog dialog;
        QCOMPARE(dialog.objectName(), QStringLiteral("aboutDialog"));
        const auto *version = dialog.findChild<QLabel *>(QStringLiteral("versionLabel"));
        QVERIFY(version);
        QVERIFY2(version->text().contains(QStringLiteral(SOIP_VERSION)), qPrintable(version->text()));
        const auto *qt = dialog.findChild<QLabel *>(QStringLiteral("qtVersionLabel"));
        QVERIFY(qt);
        QVERIFY(qt->text().contains(QLatin1String(QT_VERSION_STR)));
        QVERIFY(qt->text().contains(QLatin1String(qVersion())));
    }

    void namesEveryBundledPartAndItsLicence()
    {
        AboutDialog dialog;
        const auto *licences = dialog.findChild<QTextBrowser *>(QStringLiteral("licencesTextBrowser"));
        QVERIFY(licences);
        const QString text = licences->toPlainText();
        for (const char *expected : {"Qt", "LGPL-3.0-only", "QtKeychain", "BSD-3-Clause", "libphonenumber",
                                     "Apache-2.0", "Noto", "OFL-1.1"})
            QVERIFY2(text.contains(QLatin1String(expected)), expected);
        QVERIFY(licences->openExternalLinks());
    }

    void linksToTheProject()
    {
        AboutDialog dialog;
        const auto *home = dialog.findChild<QLabel *>(QStringLiteral("homePageLabel"));
        QVERIFY(home);
        QVERIFY(home->text().contains(QStringLiteral(SOIP_HOMEPAGE_URL)));
        QVERIFY(home->openExternalLinks());
        const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("appIconLabel"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
    }

    void closes()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("aboutButtonBox"));
        QVERIFY(buttons);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("aboutQtPushButton")));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // The dialog in Hindi: every visible text is translated. Set SOIP_SCREENSHOT_DIR to also save
    // what it looks like in both languages, for a person to check.
    void inHindi()
    {
        QStandardPaths::setTestModeEnabled(true);
        saveScreenshot(QStringLiteral("en"));
        QSettings().setValue(UiLanguage::settingsKey(), QStringLiteral("hi"));
        QCOMPARE(UiLanguage::install(), QStringLiteral("hi"));
        AboutDialog dialog;
        QVERIFY(dialog.windowTitle() != QLatin1String("About SOIP Composer"));
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            const QString text = label->text();
            if (label->objectName() == QLatin1String("appNameLabel") || text.isEmpty() ||
                !label->pixmap().isNull())
                continue;
            bool devanagari = false;
            for (const QChar c : text)
                devanagari = devanagari || c.script() == QChar::Script_Devanagari;
            QVERIFY2(devanagari, qPrintable(label->objectName() + QLatin1String(": ") + text));
        }
        saveScreenshot(QStringLiteral("hi"));
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QSettings().remove(UiLanguage::settingsKey());
        QLocale::setDefault(QLocale::c());
    }

private:
    static void saveScreenshot(const QString &language)
    {
        const QString dir = qEnvironmentVariable("SOIP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(QDir(dir).filePath(QStringLiteral("aboutdialog-%1.png").arg(language))));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
