#include "misbehavingserver.h"

#include <QHostAddress>

namespace {

QByteArray response(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body,
                    const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "Connection: close\r\n\r\n" + body;
}

const QByteArray kAccepted =
    "{\"kid\":\"k-1\",\"data\":[{\"message_id\":\"k-1:0\",\"recepient\":\"919876543210\"},"
    "{\"message_id\":\"k-1:1\",\"recipient\":\"919876543211\"}],\"type\":\"TXT\"}";

} // namespace

MisbehavingServer::MisbehavingServer(Mode mode, QObject *parent)
    : QTcpServer(parent)
    , m_mode(mode)
{
    connect(this, &QTcpServer::newConnection, this, &MisbehavingServer::onNewConnection);
}

quint16 MisbehavingServer::start()
{
    if (!listen(QHostAddress::LocalHost, 0))
        return 0;
    return serverPort();
}

QString MisbehavingServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

void MisbehavingServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void MisbehavingServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    qsizetype contentLength = 0;
    for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    m_requests.append(buffer.left(headerEnd + 4 + contentLength));
    if (buffer.startsWith("POST "))
        ++m_posts;
    answer(socket);
}

void MisbehavingServer::answer(QTcpSocket *socket)
{
    switch (m_mode) {
    case Mode::Accepted:
        socket->write(response("200 OK", "application/json", kAccepted));
        socket->disconnectFromHost();
        return;
    case Mode::Html500:
        socket->write(response("500 Internal Server Error", "text/html",
                               "<html><head><title>500</title></head><body>Internal error</body></html>"));
        socket->disconnectFromHost();
        return;
    case Mode::TruncatedJson:
        socket->write(response("200 OK", "application/json", kAccepted.left(40)));
        socket->disconnectFromHost();
        return;
    case Mode::CutMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n" +
                      kAccepted.left(20));
        socket->flush();
        socket->abort();
        return;
    case Mode::Unauthorized:
        socket->write(response("401 Unauthorized", "application/json",
                               "{\"error\":{\"code\":\"E401\",\"type\":\"AUTH\",\"parameter\":\"\",\"message\":"
                               "\"Invalid API key\",\"reference\":\"\"}}",
                               "WWW-Authenticate: api-key\r\n"));
        socket->disconnectFromHost();
        return;
    case Mode::Forbidden:
        socket->write(response("403 Forbidden", "application/json", "{\"error\":{\"code\":\"E403\"}}"));
        socket->disconnectFromHost();
        return;
    case Mode::RateLimited:
        socket->write(response("429 Too Many Requests", "application/json", "{}", "Retry-After: 17\r\n"));
        socket->disconnectFromHost();
        return;
    case Mode::Rejected:
        socket->write(
            response("400 Bad Request", "application/json",
                     "{\"error\":{\"code\":\"E750\",\"type\":\"VALIDATION_ERROR\",\"parameter\":\"to\","
                     "\"message\":\"to parameter is mandatory and cannot be empty\",\"reference\":\"\"}}"));
        socket->disconnectFromHost();
        return;
    case Mode::Redirect:
        socket->write(
            response("302 Found", "text/plain", "moved", "Location: http://elsewhere.invalid/steal\r\n"));
        socket->disconnectFromHost();
        return;
    case Mode::Reset:
        socket->abort();
        return;
    case Mode::Silent:
        return;
    case Mode::SlowDrip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write("{"); });
        timer->start(200);
        return;
    }
    }
}
