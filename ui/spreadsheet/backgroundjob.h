#pragma once

#include "campaign/readprogress.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace soip {

// Runs long work (reading a 100,000-row spreadsheet, planning a campaign) on a thread of its own so
// the window never freezes. The work reports through a ReadProgress, which also tells it to stop;
// it returns what to do with its result, and that runs on this object's thread unless a newer
// start() or cancel() came first. Progress is polled a few times a second, so nothing is posted
// across threads except the end.
class BackgroundJob final : public QObject {
    Q_OBJECT

public:
    using Completion = std::function<void()>;
    using Work = std::function<Completion(const ReadProgress &progress)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    // Asks every run to stop and waits for it: nothing it captured is used after this.
    ~BackgroundJob() override;

    // Cancels the run under way (its completion never runs) and starts `work`.
    void start(Work work);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

signals:
    void progress(double fraction);
    void runningChanged(bool running);

private:
    struct Run;
    void finish(const std::shared_ptr<Run> &run);

    QList<std::shared_ptr<Run>> m_runs; // threads not finished yet, the cancelled ones too
    std::shared_ptr<Run> m_current;
    QTimer m_poll;
};

} // namespace soip
