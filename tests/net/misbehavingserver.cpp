#include "misbehavingserver.h"

namespace {

const QByteArray kAccepted =
    "{\"kid\":\"k-1\",\"data\":[{\"message_id\":\"k-1:0\",\"recepient\":\"919876543210\"},"
    "{\"message_id\":\"k-1:1\",\"recipient\":\"919876543211\"}],\"type\":\"TXT\"}";

LoopbackServer::Answer answerFor(MisbehavingServer::Mode mode)
{
    using Answer = LoopbackServer::Answer;
    using Mode = MisbehavingServer::Mode;
    switch (mode) {
    case Mode::Accepted:
        return Answer::respond("200 OK", "application/json", kAccepted);
    case Mode::Html500:
        return Answer::respond("500 Internal Server Error", "text/html",
                               "<html><head><title>500</title></head><body>Internal error</body></html>");
    case Mode::TruncatedJson:
        return Answer::respond("200 OK", "application/json", kAccepted.left(40));
    case Mode::CutMidBody:
        return Answer::cutMidBody("application/json", kAccepted.left(20));
    case Mode::Unauthorized:
        return Answer::respond("401 Unauthorized", "application/json",
                               "{\"error\":{\"code\":\"E401\",\"type\":\"AUTH\",\"parameter\":\"\",\"message\":"
                               "\"Invalid API key\",\"reference\":\"\"}}",
                               "WWW-Authenticate: api-key\r\n");
    case Mode::Forbidden:
        return Answer::respond("403 Forbidden", "application/json", "{\"error\":{\"code\":\"E403\"}}");
    case Mode::RateLimited:
        return Answer::respond("429 Too Many Requests", "application/json", "{}", "Retry-After: 17\r\n");
    case Mode::Rejected:
        return Answer::respond(
            "400 Bad Request", "application/json",
            "{\"error\":{\"code\":\"E750\",\"type\":\"VALIDATION_ERROR\",\"parameter\":\"to\","
            "\"message\":\"to parameter is mandatory and cannot be empty\",\"reference\":\"\"}}");
    case Mode::Redirect:
        return Answer::respond("302 Found", "text/plain", "moved", "Location: http://elsewhere.invalid/steal\r\n");
    case Mode::Reset:
        return Answer::reset();
    case Mode::Silent:
        return Answer::silent();
    case Mode::SlowDrip:
        return Answer::drip(200);
    }
    return Answer::silent();
}

} // namespace

MisbehavingServer::MisbehavingServer(Mode mode, QObject *parent)
    : LoopbackServer(parent)
{
    const Answer answer = answerFor(mode);
    setHandler([answer](const Request &) { return answer; });
}
