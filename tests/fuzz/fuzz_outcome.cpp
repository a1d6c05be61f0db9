// The classification of send and status answers (status code, headers, body) through the public
// functions of core/net/sendoutcome.h and statusoutcome.h. The input is split as
//   byte 0-1: HTTP status (0-599)   byte 2: Qt network error   byte 3: flags (sent, timed out,
//   cancelled, provably not sent)   then Retry-After and Content-Type, each up to a new line,
//   then the body.
#include "fuzzcheck.h"
#include "net/retryafter.h"
#include "net/sendoutcome.h"
#include "net/statusoutcome.h"

#include <cstdint>

using namespace soip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 4)
        return 0;
    static const QNetworkReply::NetworkError errors[] = {
        QNetworkReply::NoError,
        QNetworkReply::ConnectionRefusedError,
        QNetworkReply::RemoteHostClosedError,
        QNetworkReply::HostNotFoundError,
        QNetworkReply::TimeoutError,
        QNetworkReply::OperationCanceledError,
        QNetworkReply::SslHandshakeFailedError,
        QNetworkReply::AuthenticationRequiredError,
        QNetworkReply::ContentNotFoundError,
        QNetworkReply::ProtocolInvalidOperationError,
        QNetworkReply::UnknownContentError,
        QNetworkReply::InternalServerError,
        QNetworkReply::ServiceUnavailableError,
        QNetworkReply::UnknownNetworkError,
    };
    HttpResult result;
    result.httpStatus = ((data[0] << 8) | data[1]) % 600;
    result.error = errors[data[2] % std::size(errors)];
    result.requestSent = data[3] & 1;
    result.timedOut = data[3] & 2;
    result.cancelled = data[3] & 4;
    result.provablyNotSent = (data[3] & 8) && !result.requestSent;
    QByteArray rest(reinterpret_cast<const char *>(data) + 4, static_cast<qsizetype>(size - 4));
    result.retryAfter = takeLine(rest);
    result.contentType = takeLine(rest);
    result.body = rest;

    const SendOutcome sent = SendOutcome::fromHttp(result);
    SOIP_FUZZ_CHECK(!sent.title().isEmpty() && !sent.explanation().isEmpty(), "every send outcome is explained");
    SOIP_FUZZ_CHECK(!sent.isAccepted() || (result.httpStatus >= 200 && result.httpStatus < 300),
                    "only a 2xx answer is accepted");
    SOIP_FUZZ_CHECK(!(sent.isSafeToRetry() && sent.mayHaveBeenSent()),
                    "a send that may have gone out is never called safe to retry");
    (void)sent.fieldToFix();

    // However the header is written, the wait is between now and a day, or none at all.
    const QDateTime now = QDateTime(QDate(2026, 12, 2), QTime(10, 30), Qt::UTC);
    if (const std::optional<qint64> wait = RetryAfter::seconds(result.retryAfter, now))
        SOIP_FUZZ_CHECK(*wait >= 0 && *wait <= 24 * 60 * 60, "Retry-After gives a wait between 0 and a day");

    const StatusOutcome status = StatusOutcome::fromHttp(result);
    SOIP_FUZZ_CHECK(!status.title().isEmpty() && !status.explanation().isEmpty(),
                    "every status outcome is explained");
    SOIP_FUZZ_CHECK(status.kind != StatusOutcome::Kind::Ok ||
                        (result.httpStatus >= 200 && result.httpStatus < 300),
                    "only a 2xx answer gives statuses");
    return 0;
}
