#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// The one HTTP server the tests use: 127.0.0.1 only, a free port, every complete request recorded,
// and each answered the way the test says — a normal response, or the failures a real network
// produces (a reset, silence, a body cut off, a slow drip). Plain QTcpServer underneath, so a test
// controls every byte.
class LoopbackServer : public QTcpServer {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QByteArray path; // without the query
        QByteArray raw;  // request line, headers and body, as received
    };

    struct Answer {
        enum class Kind { Respond, Reset, Silent, CutMidBody, Drip };
        Kind kind = Kind::Respond;
        QByteArray statusLine = "200 OK";
        QByteArray contentType = "text/plain";
        QByteArray body;
        QByteArray extraHeaders; // "Name: value\r\n" lines

        static Answer respond(const QByteArray &statusLine, const QByteArray &contentType, const QByteArray &body,
                              const QByteArray &extraHeaders = {});
        // Reads the request, then closes the connection without a byte of answer.
        static Answer reset();
        // Reads the request and never answers.
        static Answer silent();
        // A status line announcing a longer body than it sends, then the connection closes.
        static Answer cutMidBody(const QByteArray &contentType, const QByteArray &partialBody);
        // A status line, then one body byte every `intervalMs`.
        static Answer drip(int intervalMs);

        int dripIntervalMs = 0;
        bool headOnly = false; // the answer to a HEAD: Content-Length is in extraHeaders
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit LoopbackServer(QObject *parent = nullptr);

    // Answers for every request (after the routes): 404 unless set.
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // A fixed answer for one path.
    void route(const QByteArray &path, const Answer &answer) { m_routes.insert(path, answer); }

    quint16 start(); // 127.0.0.1, a free port; 0 on failure
    QString baseUrl() const;
    QUrl url(const QString &path) const;
    // The address of a port that nothing listens on.
    static QUrl closedPortUrl(const QString &path = QStringLiteral("/"));

    int requestCount() const { return int(m_requests.size()); }
    int postCount() const { return m_posts; }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Answer &answer);

    Handler m_handler;
    QHash<QByteArray, Answer> m_routes;
    QList<Request> m_requests;
    int m_posts = 0;
};
