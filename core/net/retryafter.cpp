#include "retryafter.h"

#include <array>

namespace soip {

namespace {

constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char *, 7> kShortDays = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 7> kLongDays = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                                   "Friday", "Saturday", "Sunday"};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A small cursor over the header bytes; every read checks the bounds.
class Cursor {
public:
    explicit Cursor(QByteArrayView text)
        : m_text(text)
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    bool literal(QByteArrayView word)
    {
        if (m_text.sliced(std::min(m_pos, m_text.size())).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }
    // Exactly `count` digits (or 1..count when `atMost`).
    bool number(int count, int *value, bool atMost = false)
    {
        int read = 0;
        int result = 0;
        while (read < count && !atEnd() && isDigit(m_text.at(m_pos))) {
            result = result * 10 + (m_text.at(m_pos) - '0');
            ++m_pos;
            ++read;
        }
        *value = result;
        return atMost ? read > 0 : read == count;
    }
    // Index of the word from `words` found here, or -1.
    template <std::size_t N> int word(const std::array<const char *, N> &words)
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (literal(QByteArrayView(words[i])))
                return int(i);
        }
        return -1;
    }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool readTime(Cursor &in, QTime *time)
{
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!in.number(2, &hour) || !in.literal(":") || !in.number(2, &minute) || !in.literal(":") ||
        !in.number(2, &second))
        return false;
    // A leap second (60) is allowed by the grammar; QTime has none, so it counts as :59.
    *time = QTime(hour, minute, std::min(second, 59));
    return time->isValid();
}

QDateTime make(int year, int month, int day, QTime time)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
QDateTime imfFixdate(QByteArrayView text)
{
    Cursor in(text);
    int day = 0;
    int year = 0;
    QTime time;
    if (in.word(kShortDays) < 0 || !in.literal(", ") || !in.number(2, &day) || !in.literal(" "))
        return {};
    const int month = in.word(kMonths);
    if (month < 0 || !in.literal(" ") || !in.number(4, &year) || !in.literal(" ") || !readTime(in, &time) ||
        !in.literal(" GMT") || !in.atEnd())
        return {};
    return make(year, month + 1, day, time);
}

// RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT". A two-digit year more than 50 years ahead is in the
// past century (RFC 9110 §5.6.7).
QDateTime rfc850(QByteArrayView text, int currentYear)
{
    Cursor in(text);
    int day = 0;
    int year = 0;
    QTime time;
    if (in.word(kLongDays) < 0 || !in.literal(", ") || !in.number(2, &day) || !in.literal("-"))
        return {};
    const int month = in.word(kMonths);
    if (month < 0 || !in.literal("-") || !in.number(2, &year) || !in.literal(" ") || !readTime(in, &time) ||
        !in.literal(" GMT") || !in.atEnd())
        return {};
    const int century = currentYear / 100 * 100;
    year += century;
    if (year > currentYear + 50)
        year -= 100;
    return make(year, month + 1, day, time);
}

// asctime: "Sun Nov  6 08:49:37 1994" (the day padded with a space)
QDateTime asctime(QByteArrayView text)
{
    Cursor in(text);
    int day = 0;
    int year = 0;
    QTime time;
    if (in.word(kShortDays) < 0 || !in.literal(" "))
        return {};
    const int month = in.word(kMonths);
    if (month < 0 || !in.literal(" "))
        return {};
    in.literal(" ");
    if (!in.number(2, &day, true) || !in.literal(" ") || !readTime(in, &time) || !in.literal(" ") ||
        !in.number(4, &year) || !in.atEnd())
        return {};
    return make(year, month + 1, day, time);
}

QByteArrayView trimmed(QByteArrayView value)
{
    // Optional whitespace around a field value is space and tab only (RFC 9110 §5.5).
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (value.at(begin) == ' ' || value.at(begin) == '\t'))
        ++begin;
    while (end > begin && (value.at(end - 1) == ' ' || value.at(end - 1) == '\t'))
        --end;
    return value.sliced(begin, end - begin);
}

} // namespace

QDateTime RetryAfter::parseHttpDate(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = trimmed(value);
    if (QDateTime when = imfFixdate(text); when.isValid())
        return when;
    if (QDateTime when = rfc850(text, now.toUTC().date().year()); when.isValid())
        return when;
    return asctime(text);
}

std::optional<qint64> RetryAfter::seconds(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView text = trimmed(value);
    if (text.isEmpty())
        return std::nullopt;
    if (isDigit(text.front())) {
        // delta-seconds = 1*DIGIT; anything else ("-5", "1.5", "10s") is not a delay.
        qint64 seconds = 0;
        for (const char c : text) {
            if (!isDigit(c))
                return std::nullopt;
            // A cache must accept values beyond 2^31; a day is plenty for a send to wait.
            seconds = std::min<qint64>(seconds * 10 + (c - '0'), 86400);
        }
        return seconds;
    }
    const QDateTime when = parseHttpDate(text, now);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.secsTo(when), 0, 86400);
}

} // namespace soip
