#pragma once

#include "httpresult.h"
#include "vendorerror.h"

#include <QDateTime>

#include <optional>

namespace soip {

// The one reading of an HTTP exchange that sends and status queries share: did an answer arrive,
// and what class of answer is it. SendOutcome and StatusOutcome (and the campaign runner through
// SendOutcome) build on it, so a rule about 429, Retry-After or a cut-off body lives here only.
struct HttpVerdict {
    enum class Kind {
        Success,     // 2xx with its body complete (the caller reads the body)
        NoAnswer,    // no status line, our deadline, or the body cut off: see HttpResult's flags
        KeyRefused,  // 401/403
        RateLimited, // 429; `retryAfterSeconds` when the server said so in a form RFC 9110 allows
        Rejected,    // 4xx with the vendor's error object
        ServerError, // 5xx, a redirect (never followed), or any other status
    };

    Kind kind = Kind::NoAnswer;
    VendorError vendorError;                 // when the body carries one (also with 429 and 401)
    std::optional<qint64> retryAfterSeconds; // with RateLimited only

    static HttpVerdict classify(const HttpResult &result, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace soip
