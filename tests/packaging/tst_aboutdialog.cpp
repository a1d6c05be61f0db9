#include "dialoginhindi.h"
#include "dialogs/aboutdialog.h"
#include "soipversion.h"
#include "uilanguage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
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

    // Found by hand: the dialog opened on "About Qt", so Return opened a second dialog.
    void returnCloses()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);
        QTRY_VERIFY(QApplication::focusWidget() && dialog.isAncestorOf(QApplication::focusWidget()));
        // Whatever opens instead is closed again, so the test can fail rather than wait.
        bool strayOpened = false;
        QTimer closeStray;
        QObject::connect(&closeStray, &QTimer::timeout, &dialog, [&dialog, &strayOpened] {
            if (QWidget *modal = QApplication::activeModalWidget(); modal && modal != &dialog) {
                strayOpened = true;
                modal->close();
            }
        });
        closeStray.start(20);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!strayOpened);
    }

    // The project's own licence, as in LICENSE, AppStream and the Debian copyright file.
    void namesTheProjectsLicence()
    {
        AboutDialog dialog;
        const auto *licence = dialog.findChild<QLabel *>(QStringLiteral("licenceLabel"));
        QVERIFY(licence);
        QVERIFY2(licence->text().contains(QLatin1String("GPL-3.0-or-later")), qPrintable(licence->text()));
        QVERIFY(licence->openExternalLinks());
    }

    // The dialog in Hindi: every visible text is translated.
    void inHindi()
    {
        test::checkDialogInHindi<AboutDialog>(QStringLiteral("aboutdialog"),
                                              QStringLiteral("About SOIP Composer"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
