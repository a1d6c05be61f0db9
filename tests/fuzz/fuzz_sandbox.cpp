// The sandbox's request handling: a well-formed HTTP request whose method, path, headers and body
// come from the input, sent over a real connection to a SandboxServer on 127.0.0.1. The input is
//   byte 0: method   then the path, up to a new line   then header lines, up to an empty line
//   then the body.
// A header value `$KEY` is replaced by the sandbox's key, so the fuzzer reaches past the
// authentication check. Property: every request gets a complete HTTP answer, and never a 5xx
// (the sandbox answers bad requests as the vendor does, with 4xx and an error object).
#include "fuzzcheck.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <cstdint>

using namespace soip;

namespace {

struct Sandbox {
    Sandbox() { SOIP_FUZZ_CHECK(server.listen(), "the sandbox listens on 127.0.0.1"); }
    int argc = 1;
    char name[8] = "fuzz";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    SandboxServer server;
};

// Header names and values must not break the request's framing: no CR, LF or NUL.
QByteArray headerSafe(QByteArray text)
{
    text.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
    return text;
}

// Whether `answer` holds a whole response: its headers and as many body bytes as they announce.
bool isComplete(const QByteArray &answer, bool head)
{
    const qsizetype end = answer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    if (head)
        return true;
    qsizetype length = 0;
    for (const QByteArray &line : answer.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    return answer.size() >= end + 4 + length;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static Sandbox sandbox;
    if (size < 1)
        return 0;
    static const char *const methods[] = {"POST", "GET", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"};
    const char *method = methods[data[0] % std::size(methods)];
    QByteArray rest(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size - 1));
    QByteArray path = headerSafe(takeLine(rest)).replace(' ', "%20");
    if (!path.startsWith('/'))
        path.prepend('/');

    QByteArray request = method + QByteArray(" ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    while (!rest.isEmpty()) {
        const QByteArray line = takeLine(rest);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = headerSafe(line.left(colon)).replace(' ', '-');
        if (name.compare("content-length", Qt::CaseInsensitive) == 0 ||
            name.compare("host", Qt::CaseInsensitive) == 0 ||
            name.compare("connection", Qt::CaseInsensitive) == 0 ||
            name.compare("transfer-encoding", Qt::CaseInsensitive) == 0)
            continue; // the framing is ours
        QByteArray value = headerSafe(line.mid(colon + 1).trimmed());
        if (value == "$KEY")
            value = sandbox.server.apiKey().toUtf8();
        request += name + ": " + value + "\r\n";
    }
    request += "Content-Length: " + QByteArray::number(rest.size()) + "\r\n\r\n" + rest;

    QTcpSocket socket;
    QByteArray answer;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(request); });
    const bool head = qstrcmp(method, "HEAD") == 0;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        answer += socket.readAll();
        if (isComplete(answer, head))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, sandbox.server.port());
    deadline.start(5000);
    loop.exec();
    answer += socket.readAll();

    SOIP_FUZZ_CHECK(isComplete(answer, head), "the sandbox answers completely within five seconds");
    SOIP_FUZZ_CHECK(answer.startsWith("HTTP/1.1 "), "the sandbox answers with an HTTP status line");
    SOIP_FUZZ_CHECK(answer.size() >= 12 && answer.at(9) != '5', "the sandbox never answers 5xx");
    return 0;
}
