#pragma once

#include <QByteArray>
#include <QIODevice>

namespace soip {

// A request body that can be read exactly once. QNetworkAccessManager silently re-sends a request
// when the server closes the connection before answering (it assumes a stale keep-alive
// connection). For a POST that costs money that is a double send; with a body it cannot rewind,
// Qt fails with ContentReSendError instead, which the client reports as "outcome unknown".
class OneShotBody final : public QIODevice {
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace soip
