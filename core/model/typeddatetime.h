#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace soip {

// A calendar event's date and time as people type them, read into the one form the API takes.
// Dates: `2026-12-25`, `25/12/2026`, `25.12.2026`, `25-12-26`, `25122026`, `25 Dec 2026`,
// `Dec 25, 2026`, `Friday 25 December 2026`, `25 Dec` (the next 25 December); numbers come day
// first, as they are written in India, unless the year leads. Month and weekday names are read in
// English and in `locale`'s language. Times: `18:30`, `1830`, `18.30`, `930`, `18`, `6:30 pm`,
// `6pm`, `12 am`. Pure functions: nothing here reads the clock or the environment.
class TypedDateTime final {
public:
    // The date `typed` means, or an invalid QDate when it cannot be read. `today` fills in a
    // missing year.
    static QDate parseDate(const QString &typed, const QDate &today, const QLocale &locale = QLocale());
    // The time `typed` means, or an invalid QTime.
    static QTime parseTime(const QString &typed);

    // The API's forms: YYYY-MM-DD and HH:MM (24-hour).
    static QString jsonDate(const QDate &date);
    static QString jsonTime(const QTime &time);
    static QDate fromJsonDate(const QString &json);
    static QTime fromJsonTime(const QString &json);
};

} // namespace soip
