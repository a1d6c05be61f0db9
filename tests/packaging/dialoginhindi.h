#pragma once

#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

namespace soip::test {

// Shared by the dialog tests. Set SOIP_SCREENSHOT_DIR to also save what a dialog looks like, for a
// person to check.
template <typename Dialog> void saveDialogScreenshot(const QString &baseName, const QString &language)
{
    const QString dir = qEnvironmentVariable("SOIP_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    Dialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.grab().save(QDir(dir).filePath(baseName + u'-' + language + QLatin1String(".png"))));
}

// The dialog in Hindi: its title and every visible label are translated (the app's own name and
// pictures excepted). Leaves the application in English again.
template <typename Dialog> void checkDialogInHindi(const QString &baseName, const QString &englishTitle)
{
    QStandardPaths::setTestModeEnabled(true);
    saveDialogScreenshot<Dialog>(baseName, QStringLiteral("en"));
    QSettings().setValue(UiLanguage::settingsKey(), QStringLiteral("hi"));
    QCOMPARE(UiLanguage::install(), QStringLiteral("hi"));
    {
        Dialog dialog;
        QVERIFY(dialog.windowTitle() != englishTitle);
        for (const QLabel *label : dialog.template findChildren<QLabel *>()) {
            const QString text = label->text();
            if (label->objectName() == QLatin1String("appNameLabel") || text.isEmpty() ||
                !label->pixmap().isNull())
                continue;
            bool devanagari = false;
            for (const QChar c : text)
                devanagari = devanagari || c.script() == QChar::Script_Devanagari;
            QVERIFY2(devanagari, qPrintable(label->objectName() + QLatin1String(": ") + text));
        }
    }
    saveDialogScreenshot<Dialog>(baseName, QStringLiteral("hi"));
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QSettings().remove(UiLanguage::settingsKey());
    QLocale::setDefault(QLocale::c());
}

} // namespace soip::test
