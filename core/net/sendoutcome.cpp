#include "sendoutcome.h"

#include "httpverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

// Up to 200 characters of a body, on one line, for the details of an error.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(400)).simplified();
    if (text.size() > 200)
        text = text.left(200) + u"…"_s;
    return text;
}

// The success echo: {"kid": ..., "data": [{"message_id", "recepient"}, ...]}.
bool readAccepted(const QByteArray &body, SendOutcome &outcome)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject object = document.object();
    outcome.kid = object.value(u"kid"_s).toString();
    if (outcome.kid.isEmpty())
        outcome.kid = object.value(u"id"_s).toString();
    if (outcome.kid.isEmpty())
        return false;
    const QJsonArray data = object.value(u"data"_s).toArray();
    for (const QJsonValue &entry : data) {
        const QJsonObject item = entry.toObject();
        SentRecipient recipient;
        recipient.messageId = item.value(u"message_id"_s).toString();
        // The success echo spells it `recepient`; callbacks and status spell it `recipient`.
        recipient.recipient = item.value(u"recepient"_s).toString();
        if (recipient.recipient.isEmpty())
            recipient.recipient = item.value(u"recipient"_s).toString();
        if (!recipient.messageId.isEmpty() || !recipient.recipient.isEmpty())
            outcome.recipients.append(recipient);
    }
    return true;
}

bool isBeforeSendingError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

} // namespace

SendOutcome SendOutcome::notSent(NotSentReason reason, const QString &detail)
{
    SendOutcome outcome;
    outcome.kind = Kind::NotSent;
    outcome.notSentReason = reason;
    outcome.detail = detail;
    return outcome;
}

SendOutcome SendOutcome::invalidMessage(const QList<Issue> &issues)
{
    SendOutcome outcome = notSent(NotSentReason::InvalidMessage);
    for (const Issue &issue : issues) {
        if (issue.isError())
            outcome.issues.append(issue);
    }
    return outcome;
}

SendOutcome SendOutcome::fromHttp(const HttpResult &result)
{
    SendOutcome outcome;
    outcome.httpStatus = result.httpStatus;
    outcome.requestSent = result.requestSent;

    if (result.cancelled && result.provablyNotSent)
        return notSent(NotSentReason::Cancelled);

    const HttpVerdict verdict = HttpVerdict::classify(result);
    outcome.vendorError = verdict.vendorError;
    const int status = result.httpStatus;
    switch (verdict.kind) {
    case HttpVerdict::Kind::NoAnswer:
        outcome.detail = result.timedOut ? tr("No complete answer before the time limit.") : result.errorString;
        if (!result.requestSent && !result.timedOut && status == 0 && isBeforeSendingError(result.error))
            outcome.kind = Kind::NetworkFailure;
        else if (result.timedOut && result.provablyNotSent)
            outcome.kind = Kind::NetworkFailure; // the secure connection was never set up
        else
            outcome.kind = Kind::Unknown;
        return outcome;
    case HttpVerdict::Kind::Success:
        if (readAccepted(result.body, outcome)) {
            outcome.kind = Kind::Accepted;
            return outcome;
        }
        // The server said yes but its answer cannot be read: the message probably went out.
        outcome.kind = Kind::Unknown;
        outcome.detail = tr("HTTP %1 with an unreadable answer: %2").arg(status).arg(excerpt(result.body));
        return outcome;
    case HttpVerdict::Kind::KeyRefused:
        outcome.kind = Kind::KeyRefused;
        return outcome;
    case HttpVerdict::Kind::RateLimited:
        outcome.kind = Kind::RateLimited;
        outcome.retryAfterSeconds = int(verdict.retryAfterSeconds.value_or(-1));
        return outcome;
    case HttpVerdict::Kind::Rejected:
        outcome.kind = Kind::Rejected;
        return outcome;
    case HttpVerdict::Kind::ServerError:
        break;
    }
    outcome.kind = Kind::ServerError;
    if (status >= 300 && status < 400)
        outcome.detail = tr("HTTP %1 redirect to %2 (not followed, so the key is not sent elsewhere)")
                             .arg(status)
                             .arg(QString::fromUtf8(result.location));
    else
        outcome.detail = tr("HTTP %1: %2").arg(status).arg(excerpt(result.body));
    return outcome;
}

QString SendOutcome::title() const
{
    switch (kind) {
    case Kind::Accepted:
        return tr("Accepted");
    case Kind::NotSent:
        return tr("Not sent");
    case Kind::Rejected:
        return tr("Rejected by Kaleyra");
    case Kind::KeyRefused:
        return tr("API key refused");
    case Kind::RateLimited:
        return tr("Too many requests");
    case Kind::ServerError:
        return tr("Server problem");
    case Kind::NetworkFailure:
        return tr("Could not connect");
    case Kind::Unknown:
        return tr("Outcome unknown");
    }
    return {};
}

QString SendOutcome::explanation() const
{
    switch (kind) {
    case Kind::Accepted:
        return tr("Kaleyra accepted the message for %n recipient(s). Delivery happens next; ask for the delivery "
                  "status with the message ids.",
                  nullptr, int(recipients.size()));
    case Kind::NotSent:
        switch (notSentReason) {
        case NotSentReason::InvalidMessage:
            return tr("The message was not sent because it has %n problem(s) to fix first.", nullptr,
                      int(issues.size()));
        case NotSentReason::InvalidAccount:
            return tr("The message was not sent: %1").arg(detail);
        case NotSentReason::MissingKey:
            return tr("The message was not sent because there is no API key for this account.");
        case NotSentReason::KeyUnreadable:
            return tr("The message was not sent because the API key could not be read from the system keychain.");
        case NotSentReason::AlreadySending:
            return tr("This message is already being sent to this account; it was not sent a second time. Wait "
                      "for the first send to finish.");
        case NotSentReason::Cancelled:
            return tr("Sending was cancelled before anything left this computer.");
        case NotSentReason::None:
            break;
        }
        return tr("The message was not sent.");
    case Kind::Rejected: {
        QString text = tr("Kaleyra refused the message (error %1).").arg(vendorError.code);
        const QString plain = VendorError::explain(vendorError.code);
        if (!plain.isEmpty())
            text += u' ' + plain;
        if (!vendorError.message.isEmpty())
            text += u' ' + tr("Kaleyra says: \"%1\".").arg(vendorError.message);
        return text + u' ' + tr("Nothing was sent.");
    }
    case Kind::KeyRefused:
        return tr("Kaleyra refused the API key (HTTP %1). The key may be wrong, belong to a team member who was "
                  "removed, or this computer's IP address may not be on the account's whitelist. Check the key "
                  "in the Kaleyra.io console. Nothing was sent.")
            .arg(httpStatus);
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return tr("Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the "
                      "message. Try again in %n second(s).",
                      nullptr, retryAfterSeconds);
        return tr("Kaleyra is receiving too many requests from this account (HTTP 429) and did not take the "
                  "message. Wait a minute and try again.");
    case Kind::ServerError:
        return tr("The server had a problem and gave no usable answer (%1). The message was probably not "
                  "sent, but check the delivery status before sending again.")
            .arg(detail);
    case Kind::NetworkFailure:
        return tr("Could not reach the server, so nothing was sent; it is safe to try again. (%1)").arg(detail);
    case Kind::Unknown:
        return tr("The request went out but no complete answer came back (%1), so we cannot tell whether "
                  "Kaleyra accepted it. Check the delivery status or the Kaleyra.io console before sending "
                  "again, or the recipients may get it twice.")
            .arg(detail);
    }
    return {};
}

QString SendOutcome::fieldToFix() const
{
    if (kind == Kind::NotSent && notSentReason == NotSentReason::InvalidMessage && !issues.isEmpty())
        return issues.first().parameter;
    if (kind == Kind::Rejected) {
        if (!vendorError.parameter.isEmpty())
            return vendorError.parameter;
        return VendorError::parameterFor(vendorError.code);
    }
    return {};
}

bool SendOutcome::mayHaveBeenSent() const
{
    return kind == Kind::Accepted || kind == Kind::Unknown || kind == Kind::ServerError;
}

bool SendOutcome::isSafeToRetry() const
{
    return kind == Kind::NetworkFailure || kind == Kind::RateLimited ||
           (kind == Kind::NotSent && notSentReason == NotSentReason::Cancelled);
}

} // namespace soip
