#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace soip {

// The current rate of a campaign and the time it has left, from the requests done as they come,
// over the last ten seconds of a clock that tests set (never the wall clock's own time).
class CampaignMeter final {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignMeter)

public:
    // Milliseconds since some fixed start; default: a monotonic clock.
    using Clock = std::function<qint64()>;
    explicit CampaignMeter(Clock clock = {});
    void setClock(Clock clock);

    // A run (re)starts: nothing measured yet.
    void restart();
    // `done` of `total` requests of this run have an outcome now.
    void sample(int done, int total);

    // Requests per second, once two samples are apart in time.
    std::optional<double> rate() const;
    // Seconds left at the current rate.
    std::optional<qint64> secondsLeft() const;
    // The service asked for a pause of `ms` (a 429): nothing goes out until it is over.
    void waitFor(qint64 ms);
    // Whole seconds of that pause still to come, or nothing once it is over.
    std::optional<qint64> secondsWaiting() const;

    // "about 2 h 5 min", "about 40 s", "less than a second".
    static QString durationText(qint64 seconds);

private:
    Clock m_clock;
    QList<QPair<qint64, int>> m_samples; // (ms, done)
    int m_total = 0;
    qint64 m_waitUntil = 0; // on m_clock; 0 when the service asked for no pause
};

} // namespace soip
