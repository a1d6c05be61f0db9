#include "httpverdict.h"

#include "retryafter.h"

namespace soip {

HttpVerdict HttpVerdict::classify(const HttpResult &result, const QDateTime &now)
{
    HttpVerdict verdict;
    const int status = result.httpStatus;
    // A status line that arrived with its body cut off (reset mid-body, our deadline during a slow
    // drip) is no answer: the server may well have acted on the request.
    const bool bodyCutOff = status != 0 && (result.timedOut || result.cancelled ||
                                            result.error == QNetworkReply::RemoteHostClosedError ||
                                            result.error == QNetworkReply::OperationCanceledError);
    const bool transportFailed = result.error != QNetworkReply::NoError && status == 0;
    if (status == 0 || transportFailed || bodyCutOff) {
        verdict.kind = Kind::NoAnswer;
        return verdict;
    }
    if (status >= 200 && status < 300) {
        verdict.kind = Kind::Success;
        return verdict;
    }
    if (const auto error = VendorError::fromBody(result.body))
        verdict.vendorError = *error;
    if (status == 401 || status == 403) {
        verdict.kind = Kind::KeyRefused;
    } else if (status == 429) {
        verdict.kind = Kind::RateLimited;
        verdict.retryAfterSeconds = RetryAfter::seconds(result.retryAfter, now);
    } else if (status >= 400 && status < 500 && !verdict.vendorError.isEmpty()) {
        verdict.kind = Kind::Rejected;
    } else {
        verdict.kind = Kind::ServerError;
    }
    return verdict;
}

} // namespace soip
