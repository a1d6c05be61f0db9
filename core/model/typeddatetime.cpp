#include "typeddatetime.h"

#include <QRegularExpression>
#include <QStringList>

namespace soip {

namespace {

const QString kJsonDate = QStringLiteral("yyyy-MM-dd");
const QString kJsonTime = QStringLiteral("HH:mm");

// The names a person may type for month `month` (1-12): long and short, English and `locale`'s.
bool namesMonth(const QString &word, int month, const QLocale &locale)
{
    static const QLocale english(QLocale::English);
    for (const QLocale &l : {english, locale}) {
        const QString full = l.monthName(month, QLocale::LongFormat).toLower();
        const QString brief = l.monthName(month, QLocale::ShortFormat).toLower().remove(QLatin1Char('.'));
        // "Sept" and "Decem" are as clear as "Sep": any start of the name from three letters on.
        if (word == full || word == brief || (word.size() >= 3 && full.startsWith(word)))
            return true;
    }
    return false;
}

int monthNamed(const QString &word, const QLocale &locale)
{
    for (int month = 1; month <= 12; ++month) {
        if (namesMonth(word, month, locale))
            return month;
    }
    return 0;
}

bool isWeekday(const QString &word, const QLocale &locale)
{
    static const QLocale english(QLocale::English);
    for (int day = 1; day <= 7; ++day) {
        for (const QLocale &l : {english, locale}) {
            const QString full = l.dayName(day, QLocale::LongFormat).toLower();
            if (word == full || word == l.dayName(day, QLocale::ShortFormat).toLower().remove(QLatin1Char('.')) ||
                (word.size() >= 3 && full.startsWith(word)))
                return true;
        }
    }
    return false;
}

int yearFrom(const QString &digits)
{
    // "26" is 2026: the events people send are this century's.
    const int year = digits.toInt();
    return digits.size() == 2 ? 2000 + year : year;
}

bool isYear(const QString &digits)
{
    return digits.size() == 4 || digits.size() == 2;
}

// A day and month without a year: the next time that date comes round.
QDate nextOccurrence(int day, int month, const QDate &today)
{
    QDate date(today.year(), month, day);
    if (!date.isValid() || date < today)
        date = QDate(today.year() + 1, month, day);
    // 29 February: the next year that has one.
    for (int year = today.year() + 1; !date.isValid() && year <= today.year() + 8; ++year)
        date = QDate(year, month, day);
    return date;
}

QDate fromDigitsOnly(const QString &digits)
{
    // 8 digits: 20261225 when that is a date with the year first, else 25122026.
    if (digits.size() == 8) {
        const QDate yearFirst(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
        if (yearFirst.isValid() && yearFirst.year() >= 1900)
            return yearFirst;
        return QDate(digits.mid(4).toInt(), digits.mid(2, 2).toInt(), digits.left(2).toInt());
    }
    if (digits.size() == 6) // 251226
        return QDate(yearFrom(digits.mid(4)), digits.mid(2, 2).toInt(), digits.left(2).toInt());
    return {};
}

} // namespace

QDate TypedDateTime::parseDate(const QString &typed, const QDate &today, const QLocale &locale)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,/.\\-]+"));
    static const QRegularExpression ordinal(QStringLiteral("^(\\d{1,2})(st|nd|rd|th)$"));
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d+$"));
    const QString text = typed.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (digitsOnly.match(text).hasMatch())
        return fromDigitsOnly(text);

    QStringList words = text.split(separators, Qt::SkipEmptyParts);
    if (!words.isEmpty() && isWeekday(words.constFirst(), locale))
        words.removeFirst();
    int month = 0;
    QStringList numbers;
    for (QString word : std::as_const(words)) {
        if (const QRegularExpressionMatch m = ordinal.match(word); m.hasMatch())
            word = m.captured(1);
        if (digitsOnly.match(word).hasMatch()) {
            numbers.append(word);
        } else if (const int named = monthNamed(word, locale); named && !month) {
            month = named;
        } else {
            return {};
        }
    }

    if (month) { // 25 Dec 2026, Dec 25 2026, 2026 Dec 25, 25 Dec
        if (numbers.size() == 1 && numbers.constFirst().size() <= 2)
            return nextOccurrence(numbers.constFirst().toInt(), month, today);
        if (numbers.size() != 2)
            return {};
        const bool yearFirst = numbers.constFirst().size() == 4 ||
                               (numbers.constFirst().size() > 2 && numbers.constLast().size() <= 2);
        const QString &day = yearFirst ? numbers.constLast() : numbers.constFirst();
        const QString &year = yearFirst ? numbers.constFirst() : numbers.constLast();
        if (day.size() > 2 || !isYear(year))
            return {};
        return QDate(yearFrom(year), month, day.toInt());
    }

    if (numbers.size() == 2 && numbers.constFirst().size() <= 2 && numbers.constLast().size() <= 2)
        return nextOccurrence(numbers.constFirst().toInt(), numbers.constLast().toInt(), today); // 25/12
    if (numbers.size() != 3)
        return {};
    if (numbers.constFirst().size() == 4) // 2026-12-25
        return QDate(numbers.at(0).toInt(), numbers.at(1).toInt(), numbers.at(2).toInt());
    if (numbers.at(0).size() > 2 || numbers.at(1).size() > 2 || !isYear(numbers.at(2)))
        return {};
    return QDate(yearFrom(numbers.at(2)), numbers.at(1).toInt(), numbers.at(0).toInt()); // 25/12/2026
}

QTime TypedDateTime::parseTime(const QString &typed)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2})(?:[:.h]?(\\d{2}))?\\s*(?:(a|p)\\.?\\s*m?\\.?)?$"));
    QString text = typed.trimmed().toLower();
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    if (text == QLatin1String("noon"))
        return QTime(12, 0);
    if (text == QLatin1String("midnight"))
        return QTime(0, 0);
    // "6 30 pm": the space between hour and minutes stands for the colon.
    text.replace(QRegularExpression(QStringLiteral("^(\\d{1,2}) (\\d{2})\\b")), QStringLiteral("\\1:\\2"));
    // "1830" and "930" too: the minutes are always the last two digits.
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    int hour = m.captured(1).toInt();
    const int minute = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    if (m.hasCaptured(3)) {
        if (hour < 1 || hour > 12)
            return {};
        const bool pm = m.captured(3) == QLatin1String("p");
        hour = hour % 12 + (pm ? 12 : 0);
    }
    return QTime(hour, minute); // invalid for 25:00 or 18:75
}

QString TypedDateTime::jsonDate(const QDate &date)
{
    return date.toString(kJsonDate);
}

QString TypedDateTime::jsonTime(const QTime &time)
{
    return time.toString(kJsonTime);
}

QDate TypedDateTime::fromJsonDate(const QString &json)
{
    return QDate::fromString(json, kJsonDate);
}

QTime TypedDateTime::fromJsonTime(const QString &json)
{
    return QTime::fromString(json, kJsonTime);
}

} // namespace soip
