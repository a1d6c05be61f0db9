#include "uilanguage.h"

#include "settings/settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace soip {

QString UiLanguage::settingsKey()
{
    return Settings::uiLanguage.key();
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
    const QString code = Settings::uiLanguage.value();
    return available().contains(code) ? code : QString();
}

void UiLanguage::store(const QString &code)
{
    if (available().contains(code))
        Settings::uiLanguage.setValue(code);
    else
        Settings::uiLanguage.remove();
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
    const QString chosen = stored();
    const QLocale locale = localeFor(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    return installFor(locale);
}

QString UiLanguage::installFor(const QLocale &locale)
{
    QCoreApplication *app = QCoreApplication::instance();
    // The app's translation decides the language. Qt's own is added only for that same language, so
    // a German system gets an English app with English buttons rather than a mix of the two.
    auto *appTranslator = new QTranslator(app);
    if (!appTranslator->load(locale, QStringLiteral("soip"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language we have no translation for (or the C locale) gets English, with English's
        // plural forms: without them "%n problem(s)" would show as written in the code.
        if (appTranslator->load(QStringLiteral(":/i18n/soip_en.qm")))
            QCoreApplication::installTranslator(appTranslator);
        else
            delete appTranslator;
        return QStringLiteral("en");
    }
    const QString language = appTranslator->language().section(QLatin1Char('_'), 0, 0);
    if (language != QLatin1String("en")) {
        // Installed first, so it is asked after ours: our texts for Qt's standard buttons (see
        // qtbasestrings.cpp) win where Qt has none of its own for the language, as for Hindi.
        auto *qtTranslator = new QTranslator(app);
        if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    }
    QCoreApplication::installTranslator(appTranslator);
    return language;
}

} // namespace soip
