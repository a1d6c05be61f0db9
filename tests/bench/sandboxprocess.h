#pragma once

// `soip sandbox` as its own process on a free loopback port, for the benchmarks that measure a
// client against it (so the server never shares the client's process or event loop).

#include <QHostAddress>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

// Starts the sandbox with `key` and `extra` options; returns its port, or 0 when it did not come up.
inline quint16 startSandboxProcess(QProcess &process, const QString &key, const QStringList &extra = {})
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(SOIP_CLI_PATH),
                  QStringList{QStringLiteral("sandbox"), QStringLiteral("--port"), QString::number(port),
                              QStringLiteral("--api-key"), key} +
                      extra);
    if (!process.waitForStarted())
        return 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100))
            return port;
        QThread::msleep(50);
    }
    return 0;
}
