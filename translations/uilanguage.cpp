#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace soip {

QString UiLanguage::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList UiLanguage::available()
{
    return {QStringLiteral("en"), QStringLiteral("hi")};
}

QString UiLanguage::nativeName(const QString &code)
{
    // Written in each language itself, never translated: a Hindi reader looks for "हिन्दी" even in an
    // English interface.
    if (code == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

QString UiLanguage::stored()
{
    const QString code = QSettings().value(settingsKey()).toString();
    return available().contains(code) ? code : QString();
}

void UiLanguage::store(const QString &code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(settingsKey(), code);
    else
        settings.remove(settingsKey());
}

QLocale UiLanguage::localeFor(const QString &code)
{
    if (code == QLatin1String("hi"))
        return QLocale(QLocale::Hindi, QLocale::India);
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return QLocale::system();
}

QString UiLanguage::install()
{
    QCoreApplication *app = QCoreApplication::instance();
    const QString chosen = stored();
    const QLocale locale = localeFor(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);

    // Qt's translations are searched after ours: a later-installed translator is asked first, so the
    // app's own texts (including the standard buttons it translates itself, see qtbasestrings.cpp)
    // win over Qt's.
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *appTranslator = new QTranslator(app);
    if (appTranslator->load(locale, QStringLiteral("soip"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(appTranslator);
        return appTranslator->language().section(QLatin1Char('_'), 0, 0);
    }
    delete appTranslator;
    return QStringLiteral("en");
}

} // namespace soip
