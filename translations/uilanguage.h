#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace soip {

// The language of the user interface: English, Hindi, or whatever the system uses. The choice is made
// in Preferences and kept in QSettings; it applies at the next start, because widgets that already
// exist keep the texts they were built with.
class UiLanguage final {
public:
    // The QSettings key; an empty or missing value means "follow the system".
    static QString settingsKey();

    // Language codes the app ships a translation for, English (the source language) first.
    static QStringList available();

    // The language's own name ("English", "हिन्दी"), which is how people find their language in a list.
    static QString nativeName(const QString &code);

    // The stored choice: "" for the system default, otherwise one of available().
    static QString stored();
    static void store(const QString &code);

    // The locale the interface uses for a stored choice ("" = the system's locale).
    static QLocale localeFor(const QString &code);

    // Installs the app's translation and Qt's own (where Qt ships one for the language) into the
    // running application, for the stored choice. Call once, after the organisation and application
    // names are set (they locate the settings). Returns the language code that was loaded, or "en"
    // when the interface stays in English.
    static QString install();

    // The same for a given locale (the first of its languages we have a translation for).
    static QString installFor(const QLocale &locale);
};

} // namespace soip
