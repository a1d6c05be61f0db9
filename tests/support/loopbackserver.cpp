#include "loopbackserver.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

LoopbackServer::Answer LoopbackServer::Answer::respond(const QByteArray &statusLine, const QByteArray &contentType,
                                                       const QByteArray &body, const QByteArray &extraHeaders)
{
    Answer answer;
    answer.statusLine = statusLine;
    answer.contentType = contentType;
    answer.body = body;
    answer.extraHeaders = extraHeaders;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::reset()
{
    Answer answer;
    answer.kind = Kind::Reset;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::silent()
{
    Answer answer;
    answer.kind = Kind::Silent;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::cutMidBody(const QByteArray &contentType,
                                                          const QByteArray &partialBody)
{
    Answer answer;
    answer.kind = Kind::CutMidBody;
    answer.contentType = contentType;
    answer.body = partialBody;
    return answer;
}

LoopbackServer::Answer LoopbackServer::Answer::drip(int intervalMs)
{
    Answer answer;
    answer.kind = Kind::Drip;
    answer.contentType = "application/json";
    answer.dripIntervalMs = intervalMs;
    return answer;
}

LoopbackServer::LoopbackServer(QObject *parent)
    : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &LoopbackServer::onNewConnection);
}

quint16 LoopbackServer::start()
{
    if (!listen(QHostAddress::LocalHost, 0))
        return 0;
    return serverPort();
}

QString LoopbackServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(serverPort());
}

QUrl LoopbackServer::url(const QString &path) const
{
    return QUrl(baseUrl() + path);
}

QUrl LoopbackServer::closedPortUrl(const QString &path)
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

void LoopbackServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void LoopbackServer::onReadyRead(QTcpSocket *socket)
{
    // Requests on a kept-alive connection follow each other in the same buffer.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        qsizetype contentLength = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            break;
        Request request;
        request.raw = buffer.left(headerEnd + 4 + contentLength);
        buffer.remove(0, request.raw.size());
        const QList<QByteArray> requestLine = request.raw.left(request.raw.indexOf("\r\n")).split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        request.path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        m_requests.append(request);
        if (request.method == "POST")
            ++m_posts;
        const auto routed = m_routes.constFind(request.path);
        Answer reply = routed != m_routes.cend() ? *routed
                       : m_handler               ? m_handler(request)
                                                 : Answer::respond("404 Not Found", "text/plain", "not found");
        if (request.method == "HEAD" && reply.kind == Answer::Kind::Respond) {
            // The headers of a GET, with no body after them.
            reply.extraHeaders += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
            reply.body.clear();
            reply.headOnly = true;
        }
        answer(socket, reply);
    }
    socket->setProperty("buffer", buffer);
}

void LoopbackServer::answer(QTcpSocket *socket, const Answer &answer)
{
    switch (answer.kind) {
    case Answer::Kind::Respond:
        socket->write("HTTP/1.1 " + answer.statusLine + "\r\nContent-Type: " + answer.contentType + "\r\n" +
                      (answer.headOnly ? QByteArray()
                                       : "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n") +
                      answer.extraHeaders + "Connection: close\r\n\r\n" + answer.body);
        socket->disconnectFromHost();
        return;
    case Answer::Kind::Reset:
        socket->abort();
        return;
    case Answer::Kind::Silent:
        return;
    case Answer::Kind::CutMidBody:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + answer.contentType + "\r\nContent-Length: " +
                      QByteArray::number(answer.body.size() + 480) + "\r\n\r\n" + answer.body);
        socket->flush();
        socket->abort();
        return;
    case Answer::Kind::Drip: {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + answer.contentType +
                      "\r\nContent-Length: 1000\r\n\r\n");
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->write("{"); });
        timer->start(answer.dripIntervalMs);
        return;
    }
    }
}
