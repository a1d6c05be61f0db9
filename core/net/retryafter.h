#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace soip {

// The Retry-After header (RFC 9110 §10.2.3): delta-seconds, or an HTTP-date in any of the three
// forms a recipient must accept (IMF-fixdate, the obsolete RFC 850 and asctime forms). Qt 6.4's
// RFC 2822 parser rejects the `GMT` zone every HTTP date carries, so the dates are read here.
// A pure function over bytes, so it can be fuzzed.
class RetryAfter final {
public:
    // Seconds to wait counted from `now`: 0 for a date in the past, at most a day, nothing for a value
    // that is not one of the forms (a negative or fractional number, a zone other than GMT, a bad date).
    static std::optional<qint64> seconds(QByteArrayView value, const QDateTime &now);

    // The HTTP-date alone, in UTC; invalid when it is not one. `now` places a two-digit RFC 850 year.
    static QDateTime parseHttpDate(QByteArrayView value, const QDateTime &now);
};

} // namespace soip
