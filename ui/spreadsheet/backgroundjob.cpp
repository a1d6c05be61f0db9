#include "backgroundjob.h"

#include <QThread>

#include <atomic>

namespace soip {

struct BackgroundJob::Run {
    std::atomic<bool> cancelled{false};
    std::atomic<int> permille{0};
    Completion completion; // written by the thread before it finishes, read after
    QThread *thread = nullptr;
};

namespace {
constexpr int kPollMs = 100;
} // namespace

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (m_current)
            emit progress(m_current->permille.load() / 1000.0);
    });
}

BackgroundJob::~BackgroundJob()
{
    for (const std::shared_ptr<Run> &run : std::as_const(m_runs))
        run->cancelled = true;
    for (const std::shared_ptr<Run> &run : std::as_const(m_runs)) {
        run->thread->wait();
        delete run->thread;
    }
}

void BackgroundJob::start(Work work)
{
    const bool wasRunning = isRunning();
    if (m_current)
        m_current->cancelled = true;
    auto run = std::make_shared<Run>();
    Run *raw = run.get();
    run->thread = QThread::create([raw, work = std::move(work)] {
        const ReadProgress progress = [raw](double fraction) {
            raw->permille = int(fraction * 1000);
            return !raw->cancelled.load();
        };
        Completion completion = work(progress);
        if (!raw->cancelled)
            raw->completion = std::move(completion);
    });
    connect(run->thread, &QThread::finished, this, [this, run] { finish(run); });
    m_runs.append(run);
    m_current = run;
    m_poll.start();
    emit progress(0);
    if (!wasRunning)
        emit runningChanged(true);
    run->thread->start();
}

void BackgroundJob::cancel()
{
    if (!m_current)
        return;
    m_current->cancelled = true;
    m_current.reset();
    m_poll.stop();
    emit runningChanged(false);
}

void BackgroundJob::finish(const std::shared_ptr<Run> &run)
{
    m_runs.removeOne(run);
    run->thread->deleteLater();
    if (run != m_current)
        return;
    m_current.reset();
    m_poll.stop();
    const Completion completion = run->cancelled ? Completion() : run->completion;
    emit runningChanged(false);
    if (completion)
        completion();
}

} // namespace soip
