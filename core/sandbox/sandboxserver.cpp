#include "sandboxserver.h"

#include "net/deliverystatus.h"
#include "net/vendorerror.h"
#include "sandboxnumbers.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileDevice>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

using Status = QHttpServerResponder::StatusCode;

constexpr qsizetype kMaxRecords = 200000; // a long QA session, without growing forever

QHttpServerResponse errorResponse(Status status, const QString &code, const QString &type,
                                  const QString &parameter, const QString &message)
{
    VendorError error;
    error.code = code;
    error.type = type;
    error.parameter = parameter;
    error.message = message;
    return QHttpServerResponse(QJsonObject{{u"error"_s, error.toJson()}}, status);
}

QString randomKey()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"sandbox-"_s + QString::fromLatin1(bytes.toHex());
}

// "+91 98765 00101" -> "919876500101"
QString digitsOf(const QString &number)
{
    QString digits;
    for (QChar c : number) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString vendorMessageFor(const QString &code)
{
    if (code == u"CAPABILITY-CHECK-ERROR"_s)
        return u"The number failed the SOIP capability check"_s;
    if (code == u"NO-CREDITS"_s)
        return u"Insufficient credits"_s;
    if (code == u"MOB-NOTALLOWED"_s)
        return u"With the default sender ID you can only send to your team"_s;
    return u"The mobile number is invalid"_s;
}

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_apiKey(randomKey())
{
    m_clock.start();
    m_now = [this] { return m_clock.elapsed(); };
    const QString sendPath = u"/v1/<arg>/messages/soip"_s;
    const QString statusPath = u"/v1/<arg>/messages/status"_s;
    m_server.route(
        sendPath, QHttpServerRequest::Method::Post,
        [this](const QString &sid, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            bool drop = false;
            QHttpServerResponse response = handleSend(sid, request, &drop);
            deliver(std::move(responder), std::move(response), drop);
        });
    m_server.route(
        statusPath, QHttpServerRequest::Method::Get,
        [this](const QString &sid, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            deliver(std::move(responder), handleStatus(sid, request), false);
        });
    const auto wrongMethod = [this](const QString &, const QHttpServerRequest &request) {
        log(request, 405, {});
        return errorResponse(Status::MethodNotAllowed, u"E405"_s, u"METHOD_NOT_ALLOWED"_s, {},
                             u"Method not allowed on this path"_s);
    };
    m_server.route(sendPath, QHttpServerRequest::Method::AnyKnown, wrongMethod);
    m_server.route(statusPath, QHttpServerRequest::Method::AnyKnown, wrongMethod);
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        log(request, 404, {});
        VendorError error;
        error.code = u"E404"_s;
        error.type = u"NOT_FOUND"_s;
        error.message = u"No such endpoint. The sandbox serves POST /v1/{SID}/messages/soip and "
                        u"GET /v1/{SID}/messages/status"_s;
        responder.write(QJsonDocument(QJsonObject{{u"error"_s, error.toJson()}}), Status::NotFound);
    });
}

bool SandboxServer::listen(quint16 port)
{
    if (m_port != 0)
        return true;
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_error = port == 0 ? tr("The sandbox could not listen on 127.0.0.1.")
                            : tr("The sandbox could not listen on 127.0.0.1 port %1 (is it in use?).").arg(port);
        return false;
    }
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    return url;
}

Account SandboxServer::account() const
{
    Account account;
    account.id = u"sandbox"_s;
    account.name = tr("Sandbox (on this computer)");
    account.sid = sandboxSid();
    account.baseUrl = baseUrl();
    account.defaultSender = u"SNSOIP"_s;
    account.defaultRoute = u"MKT"_s;
    account.kind = AccountKind::Sandbox;
    return account;
}

bool SandboxServer::hasValidKey(const QHttpServerRequest &request) const
{
    const QByteArray expected = m_apiKey.toUtf8();
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("api-key", Qt::CaseInsensitive) == 0)
            return !expected.isEmpty() && value.trimmed() == expected;
    }
    return false;
}

void SandboxServer::log(const QHttpServerRequest &request, int status, const QString &note)
{
    const QString method = request.method() == QHttpServerRequest::Method::Post  ? u"POST"_s
                           : request.method() == QHttpServerRequest::Method::Get ? u"GET"_s
                                                                                 : u"other"_s;
    QString line = method + u' ' + request.url().path() + u" -> "_s + QString::number(status);
    if (!note.isEmpty())
        line += u' ' + note;
    emit requestHandled(line);
}

void SandboxServer::setDropFraction(double fraction, quint32 seed)
{
    m_dropFraction = std::clamp(fraction, 0.0, 1.0);
    m_random = seed != 0 ? QRandomGenerator(seed) : QRandomGenerator::securelySeeded();
}

void SandboxServer::deliver(QHttpServerResponder &&responder, QHttpServerResponse &&response, bool drop)
{
    const auto finish = [drop](QHttpServerResponder &&out, const QHttpServerResponse &answer) {
        if (drop) {
            if (QTcpSocket *socket = out.socket())
                socket->abort(); // read, acted on, never answered
            return;
        }
        answer.write(std::move(out));
    };
    if (m_latency.count() <= 0) {
        finish(std::move(responder), response);
        return;
    }
    // A timer, not a sleeping thread: every waiting request costs only this closure. The socket is
    // guarded, since the client may give up and close it while the answer waits.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto answer = std::make_shared<QHttpServerResponse>(std::move(response));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(m_latency, this, [pending, answer, socket, finish] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            finish(std::move(*pending), *answer);
    });
}

bool SandboxServer::overRateLimit()
{
    if (m_rateLimit <= 0)
        return false;
    const qint64 now = m_now();
    if (m_windowStartMs < 0 || now - m_windowStartMs >= 1000) {
        m_windowStartMs = now;
        m_windowCount = 0;
    }
    return ++m_windowCount > m_rateLimit;
}

void SandboxServer::logAccepted(const QString &kid, const QStringList &recipients, const Message &sent)
{
    if (!m_log)
        return;
    Message withoutRecipients = sent;
    withoutRecipients.to.clear();
    const QByteArray digest =
        QCryptographicHash::hash(MessageCodec::toBytes(withoutRecipients, QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QJsonObject line{{u"kid"_s, kid},
                           {u"to"_s, QJsonArray::fromStringList(recipients)},
                           {u"message"_s, QString::fromLatin1(digest)}};
    m_log->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    if (auto *file = qobject_cast<QFileDevice *>(m_log.data()))
        file->flush();
}

QHttpServerResponse SandboxServer::handleSend(const QString &sid, const QHttpServerRequest &request, bool *drop)
{
    ++m_sendRequests;
    if (overRateLimit()) {
        log(request, 429, u"(over --rate-limit)"_s);
        QHttpServerResponse response =
            errorResponse(Status::TooManyRequests, u"E429"_s, u"RATE_LIMIT"_s, {}, u"Too many requests"_s);
        response.setHeader("Retry-After", "1");
        return response;
    }
    if (!hasValidKey(request)) {
        log(request, 401, u"(missing or wrong api-key)"_s);
        return errorResponse(Status::Unauthorized, u"E401"_s, u"AUTHENTICATION_ERROR"_s, u"api-key"_s,
                             u"Invalid or missing API key"_s);
    }

    const ReadResult read = MessageCodec::read(request.body());
    if (!read.readable) {
        log(request, 400, u"(body is not a JSON object)"_s);
        return errorResponse(Status::BadRequest, u"E400"_s, u"VALIDATION_ERROR"_s, {}, read.error);
    }
    const QList<Issue> issues = Validator::validate(read);
    for (const Issue &issue : issues) {
        if (issue.isError()) {
            log(request, 400, issue.code);
            return errorResponse(Status::BadRequest, issue.code, u"VALIDATION_ERROR"_s, issue.parameter,
                                 issue.message);
        }
    }

    const Message &message = read.message;
    QStringList recipients;
    for (const QString &part : message.to.split(u',', Qt::SkipEmptyParts)) {
        const QString digits = digitsOf(part);
        if (!digits.isEmpty())
            recipients.append(digits);
    }
    for (const QString &digits : recipients) {
        if (const int failure = SandboxNumbers::httpFailureFor(digits); failure == 429) {
            log(request, 429, u"(test number)"_s);
            QHttpServerResponse response =
                errorResponse(Status::TooManyRequests, u"E429"_s, u"RATE_LIMIT"_s, {}, u"Too many requests"_s);
            response.setHeader("Retry-After", "30");
            return response;
        } else if (failure == 500) {
            log(request, 500, u"(test number)"_s);
            return QHttpServerResponse("text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>",
                                       Status::InternalServerError);
        }
        const QString rejection = SandboxNumbers::rejectionFor(digits);
        if (!rejection.isEmpty()) {
            log(request, 400, rejection);
            return errorResponse(Status::BadRequest, rejection, u"REJECTION_ERROR"_s, u"to"_s,
                                 vendorMessageFor(rejection) + u": "_s + digits);
        }
    }

    const QString kid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const Message sent = message.withOnlyFieldsOfType();
    QJsonArray data;
    if (m_records.size() > kMaxRecords)
        m_records.clear();
    for (int i = 0; i < recipients.size(); ++i) {
        const QString messageId = kid + u':' + QString::number(i);
        data.append(QJsonObject{{u"message_id"_s, messageId}, {u"recepient"_s, recipients.at(i)}});
        Record record;
        record.sid = sid;
        record.kid = kid;
        record.recipient = recipients.at(i);
        record.from = sent.from;
        record.route = sent.route.isEmpty() ? u"MKT"_s : sent.route;
        record.type = sent.type;
        record.campaign = sent.campaignName;
        record.acceptedAtMs = m_now();
        record.finalCode = SandboxNumbers::finalStatusFor(recipients.at(i));
        m_records.insert(messageId, record);
    }
    // The vendor echoes the message it took, plus the request id and one entry per number.
    QJsonObject echo = MessageCodec::toJson(sent);
    echo.insert(u"kid"_s, kid);
    echo.insert(u"data"_s, data);
    logAccepted(kid, recipients, sent);
    *drop = m_dropFraction > 0 && m_random.generateDouble() < m_dropFraction;
    log(request, 200, u"kid="_s + kid + (*drop ? u" (answer dropped)"_s : QString()));
    return QHttpServerResponse(echo, Status::Ok);
}

QJsonObject SandboxServer::statusOf(const QString &messageId, const Record &record) const
{
    const qint64 step = std::max<qint64>(1, m_statusStep.count());
    const qint64 age = m_now() - record.acceptedAtMs;
    const QDateTime accepted = QDateTime::currentDateTimeUtc().addMSecs(-age);

    // The path a message takes: PENDING, then (for some) an intermediate status, then the final one.
    QList<int> path = {DeliveryStatus::kPending};
    if (record.finalCode == 5)
        path.append(16); // TIMEOUT, then it turns out delivered
    else if (record.finalCode == 8)
        path.append(0); // DELIVRD, then delivered again
    path.append(record.finalCode);
    const qsizetype reached = std::min<qsizetype>(path.size() - 1, age / step);

    QJsonArray trace;
    for (qsizetype i = 0; i <= reached; ++i) {
        trace.append(QJsonObject{{u"status"_s, DeliveryStatus::nameForCode(path.at(i))},
                                 {u"at"_s, accepted.addMSecs(i * step).toString(Qt::ISODateWithMs)}});
    }
    const int code = path.at(reached);
    const QString description = code == DeliveryStatus::kPending
                                    ? u"Sent to the handset, awaiting its acknowledgement"_s
                                    : DeliveryStatus::nameForCode(code) + u" (sandbox)"_s;
    return QJsonObject{{u"message_id"_s, messageId},
                       {u"id"_s, record.kid},
                       {u"kid"_s, record.kid},
                       {u"recipient"_s, record.recipient},
                       {u"from"_s, record.from},
                       {u"route"_s, record.route},
                       {u"type"_s, record.type},
                       {u"campaign_name"_s, record.campaign},
                       {u"source"_s, u"API"_s},
                       {u"status"_s, DeliveryStatus::nameForCode(code)},
                       {u"status_code"_s, code},
                       {u"description"_s, description},
                       {u"status_trace"_s, trace},
                       {u"created_at"_s, accepted.toString(Qt::ISODateWithMs)},
                       {u"updated_at"_s, accepted.addMSecs(reached * step).toString(Qt::ISODateWithMs)}};
}

QHttpServerResponse SandboxServer::handleStatus(const QString &sid, const QHttpServerRequest &request)
{
    if (!hasValidKey(request)) {
        log(request, 401, u"(missing or wrong api-key)"_s);
        return errorResponse(Status::Unauthorized, u"E401"_s, u"AUTHENTICATION_ERROR"_s, u"api-key"_s,
                             u"Invalid or missing API key"_s);
    }
    QStringList ids;
    const QString raw = request.query().queryItemValue(u"message_ids"_s, QUrl::FullyDecoded);
    for (const QString &id : raw.split(u',', Qt::SkipEmptyParts)) {
        if (!id.trimmed().isEmpty())
            ids.append(id.trimmed());
    }
    if (ids.isEmpty()) {
        log(request, 400, u"(no message_ids)"_s);
        return errorResponse(Status::BadRequest, u"E400"_s, u"VALIDATION_ERROR"_s, u"message_ids"_s,
                             u"message_ids is mandatory and cannot be empty"_s);
    }
    QJsonArray data;
    QStringList unknown;
    for (const QString &id : std::as_const(ids)) {
        const auto found = m_records.constFind(id);
        if (found == m_records.cend() || found->sid != sid)
            unknown.append(id);
        else
            data.append(statusOf(id, *found));
    }
    QJsonObject error;
    if (!unknown.isEmpty()) {
        VendorError notFound;
        notFound.code = u"INV-MESSAGE-ID"_s;
        notFound.type = u"VALIDATION_ERROR"_s;
        notFound.parameter = u"message_ids"_s;
        notFound.message = u"No message with id "_s + unknown.join(u", "_s);
        error = notFound.toJson();
    }
    log(request, 200, QString::number(data.size()) + u" status(es)"_s);
    return QHttpServerResponse(QJsonObject{{u"data"_s, data}, {u"error"_s, error}}, Status::Ok);
}

} // namespace soip
