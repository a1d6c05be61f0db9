#include "campaignmeter.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>

namespace soip {

namespace {
constexpr qint64 kWindowMs = 10000;
} // namespace

CampaignMeter::CampaignMeter(Clock clock)
{
    setClock(std::move(clock));
}

void CampaignMeter::setClock(Clock clock)
{
    if (!clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        clock = [timer] { return timer->elapsed(); };
    }
    m_clock = std::move(clock);
    restart();
}

void CampaignMeter::restart()
{
    m_samples.clear();
    m_total = 0;
    m_waitUntil = 0;
}

void CampaignMeter::waitFor(qint64 ms)
{
    m_waitUntil = std::max(m_waitUntil, m_clock() + ms);
}

std::optional<qint64> CampaignMeter::secondsWaiting() const
{
    const qint64 left = m_waitUntil == 0 ? 0 : m_waitUntil - m_clock();
    if (left <= 0)
        return std::nullopt;
    return (left + 999) / 1000;
}

void CampaignMeter::sample(int done, int total)
{
    const qint64 now = m_clock();
    m_total = total;
    m_samples.append({now, done});
    // Keep one sample older than the window, so the rate always spans it.
    while (m_samples.size() > 2 && m_samples.at(1).first <= now - kWindowMs)
        m_samples.removeFirst();
}

std::optional<double> CampaignMeter::rate() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const qint64 ms = m_samples.constLast().first - m_samples.constFirst().first;
    if (ms <= 0)
        return std::nullopt;
    return double(m_samples.constLast().second - m_samples.constFirst().second) * 1000.0 / double(ms);
}

std::optional<qint64> CampaignMeter::secondsLeft() const
{
    const std::optional<double> perSecond = rate();
    if (!perSecond || *perSecond <= 0)
        return std::nullopt;
    return qint64(std::ceil(double(m_total - m_samples.constLast().second) / *perSecond));
}

QString CampaignMeter::durationText(qint64 seconds)
{
    if (seconds < 1)
        return tr("less than a second");
    if (seconds < 60)
        return tr("about %n second(s)", nullptr, int(seconds));
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("about %n minute(s)", nullptr, int(minutes));
    const int hours = int(minutes / 60);
    //: "about 2 h 5 min": hours, then minutes
    return tr("about %1 h %2 min").arg(hours).arg(minutes % 60);
}

} // namespace soip
