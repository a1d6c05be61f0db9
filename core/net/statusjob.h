#pragma once

#include "statusoutcome.h"

#include <QObject>

namespace soip {

class HttpExchange;

// One delivery-status query, made by StatusClient::query(). Emits `finished` exactly once, after
// query() has returned, then deletes itself.
class StatusJob final : public QObject {
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const StatusOutcome &outcome() const { return m_outcome; }

signals:
    void finished(const soip::StatusOutcome &outcome);

private:
    friend class StatusClient;
    friend class SendService;
    explicit StatusJob(QObject *parent);
    void start(HttpExchange *exchange);
    void finish(const StatusOutcome &outcome);
    void finishLater(const StatusOutcome &outcome);

    StatusOutcome m_outcome;
    bool m_finished = false;
};

} // namespace soip
