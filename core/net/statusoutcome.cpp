#include "statusoutcome.h"

#include "httpverdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
DeliveryStatus readEntry(const QJsonObject &item)
{
    DeliveryStatus status;
    status.messageId = item.value(u"message_id"_s).toString();
    status.recipient = item.value(u"recipient"_s).toString();
    if (status.recipient.isEmpty())
        status.recipient = item.value(u"recepient"_s).toString();
    const QJsonValue value = item.value(u"status"_s);
    if (value.isDouble()) {
        status.code = value.toInt();
        status.status = DeliveryStatus::nameForCode(status.code);
    } else {
        status.status = value.toString();
        status.code = DeliveryStatus::codeForName(status.status);
        const QJsonValue code = item.value(u"status_code"_s);
        if (code.isDouble() && status.code == DeliveryStatus::kPending && code.toInt() >= 0)
            status.code = code.toInt();
    }
    if (status.status.isEmpty())
        status.status = DeliveryStatus::nameForCode(status.code);
    status.description = item.value(u"description"_s).toString();
    status.updatedAt = item.value(u"updated_at"_s).toString();
    return status;
}
} // namespace

StatusOutcome StatusOutcome::notAsked(const QString &why)
{
    StatusOutcome outcome;
    outcome.kind = Kind::NotAsked;
    outcome.detail = why;
    return outcome;
}

StatusOutcome StatusOutcome::fromHttp(const HttpResult &result)
{
    StatusOutcome outcome;
    outcome.httpStatus = result.httpStatus;
    const HttpVerdict verdict = HttpVerdict::classify(result);
    outcome.vendorError = verdict.vendorError;
    switch (verdict.kind) {
    case HttpVerdict::Kind::NoAnswer:
        outcome.kind = Kind::NetworkFailure;
        outcome.detail = result.timedOut ? tr("no answer before the time limit") : result.errorString;
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
    case HttpVerdict::Kind::Success:
    case HttpVerdict::Kind::ServerError:
        break;
    }
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (verdict.kind != HttpVerdict::Kind::Success || !document.isObject() ||
        !document.object().value(u"data"_s).isArray()) {
        outcome.kind = Kind::ServerError;
        outcome.detail =
            tr("HTTP %1: %2").arg(result.httpStatus).arg(QString::fromUtf8(result.body.left(200)).simplified());
        return outcome;
    }
    outcome.kind = Kind::Ok;
    const QJsonArray data = document.object().value(u"data"_s).toArray();
    for (const QJsonValue &entry : data)
        outcome.statuses.append(readEntry(entry.toObject()));
    return outcome;
}

QString StatusOutcome::title() const
{
    switch (kind) {
    case Kind::Ok:
        return tr("Delivery status");
    case Kind::NotAsked:
        return tr("Not asked");
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
    }
    return {};
}

QString StatusOutcome::explanation() const
{
    switch (kind) {
    case Kind::Ok:
        if (!vendorError.isEmpty())
            return tr("Some message ids were not found: %1").arg(vendorError.message);
        return tr("Kaleyra reported the status of %n message(s).", nullptr, int(statuses.size()));
    case Kind::NotAsked:
        return detail;
    case Kind::Rejected:
        return tr("Kaleyra refused the status query (error %1): %2").arg(vendorError.code, vendorError.message);
    case Kind::KeyRefused:
        return tr("Kaleyra refused the API key (HTTP %1). Check the key in the Kaleyra.io console.")
            .arg(httpStatus);
    case Kind::RateLimited:
        return tr("Too many requests (HTTP 429); wait a little and ask again.");
    case Kind::ServerError:
        return tr("The server gave no usable answer (%1). Ask again later.").arg(detail);
    case Kind::NetworkFailure:
        return tr("Could not reach the server (%1). Ask again later.").arg(detail);
    }
    return {};
}

} // namespace soip
