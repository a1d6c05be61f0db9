#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

// A loopback HTTP server that answers every request in one chosen, usually broken, way, and counts
// what it received. Shared by the client tests and the `soip send` process tests.
class MisbehavingServer final : public QTcpServer {
    Q_OBJECT

public:
    enum class Mode {
        Accepted,      // 200 with a valid success echo
        Html500,       // 500 with an HTML page
        TruncatedJson, // 200 whose JSON body stops half way (Content-Length matches)
        CutMidBody,    // 200 announcing 500 bytes, sending 20, then closing
        Unauthorized,  // 401 with a vendor error body
        Forbidden,     // 403
        RateLimited,   // 429 with Retry-After: 17
        Rejected,      // 400 with a vendor error (E750)
        Redirect,      // 302 to another host
        Reset,         // reads the request, then drops the connection without answering
        Silent,        // accepts, reads, never answers
        SlowDrip,      // a status line, then one body byte every 200 ms
    };

    explicit MisbehavingServer(Mode mode, QObject *parent = nullptr);

    quint16 start(); // 127.0.0.1, free port; 0 on failure
    QString baseUrl() const;

    int postCount() const { return m_posts; }
    int requestCount() const { return int(m_requests.size()); }
    // Every complete request received, raw (request line, headers, body).
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);

    Mode m_mode;
    int m_posts = 0;
    QList<QByteArray> m_requests;
};
