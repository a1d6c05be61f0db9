#include "uilanguage.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace soip;

// The interface language: the choice is stored, and installing it really switches the texts that
// people see (the app's own, core's validation messages, and the Qt buttons we translate ourselves).
class TestUiLanguage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SOIP Composer Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
    }

    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        QSettings().clear();
    }

    void everyLanguageHasAnEmbeddedTranslation()
    {
        QCOMPARE(UiLanguage::available(), QStringList({QStringLiteral("en"), QStringLiteral("hi")}));
        for (const QString &code : UiLanguage::available())
            QVERIFY2(QFile::exists(QStringLiteral(":/i18n/soip_%1.qm").arg(code)), qPrintable(code));
    }

    void languagesAreNamedInThemselves()
    {
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("hi")), QStringLiteral("हिन्दी"));
        QCOMPARE(UiLanguage::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void storesOnlyKnownLanguages()
    {
        QCOMPARE(UiLanguage::stored(), QString());
        UiLanguage::store(QStringLiteral("hi"));
        QCOMPARE(UiLanguage::stored(), QStringLiteral("hi"));
        UiLanguage::store(QStringLiteral("fr"));
        QCOMPARE(UiLanguage::stored(), QString());
        QSettings().setValue(UiLanguage::settingsKey(), QStringLiteral("klingon"));
        QCOMPARE(UiLanguage::stored(), QString());
    }

    void hindiTranslatesTheInterface()
    {
        UiLanguage::store(QStringLiteral("hi"));
        QCOMPARE(UiLanguage::install(), QStringLiteral("hi"));
        QCOMPARE(QLocale().language(), QLocale::Hindi);

        // One string of each kind: our dialogs, Qt's standard buttons, and a validation message of core.
        const QString about = QCoreApplication::translate("soip::AboutDialog", "Project home page");
        QVERIFY2(about != QLatin1String("Project home page"), qPrintable(about));
        QVERIFY(isDevanagari(about));
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(isDevanagari(cancel), qPrintable(cancel));
    }

    void englishLeavesTheSourceTexts()
    {
        UiLanguage::store(QStringLiteral("en"));
        QCOMPARE(UiLanguage::install(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("soip::AboutDialog", "Project home page"),
                 QStringLiteral("Project home page"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void aLanguageWeDoNotShipStaysWhollyEnglish()
    {
        // Qt has German for its buttons (qt6-translations-l10n), we have no German for the rest:
        // the window must not mix the two.
        QCOMPARE(UiLanguage::installFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Yes"));
    }

    void aLanguageWeDoNotShipStillGetsEnglishPlurals()
    {
        // The C locale of a bare X session, or German: English texts, with English's plural forms.
        for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::German, QLocale::Germany)}) {
            QCOMPARE(UiLanguage::installFor(locale), QStringLiteral("en"));
            QCOMPARE(QCoreApplication::translate("soip::SendWorkflow", "Fix %n problem(s) to send", nullptr, 6),
                     QStringLiteral("Fix 6 problems to send"));
            QCOMPARE(QCoreApplication::translate("soip::SendWorkflow", "Fix %n problem(s) to send", nullptr, 1),
                     QStringLiteral("Fix 1 problem to send"));
            cleanup();
        }
    }

    void theSystemsHindiIsFollowed()
    {
        QCOMPARE(UiLanguage::installFor(QLocale(QLocale::Hindi, QLocale::India)), QStringLiteral("hi"));
        QVERIFY(isDevanagari(QCoreApplication::translate("soip::PreferencesDialog", "Preferences")));
    }

private:
    static bool isDevanagari(const QString &text)
    {
        for (const QChar c : text) {
            if (c.script() == QChar::Script_Devanagari)
                return true;
        }
        return false;
    }
};

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
