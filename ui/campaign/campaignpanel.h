#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;

namespace soip {

class CampaignController;

// The campaign dock's content: the state in a sentence ("Paused — 1,200 of 40,000 sent"), a
// progress bar over the rows, the accepted / rejected / unknown / pending counts, the current
// rate and the time left, Pause, Resume and Stop (which asks), and a summary when it ends. Shows
// whatever the controller runs, so a new window picks up a run in progress. Pause, Resume and Stop
// are also actions, for the window's Message menu, enabled as the buttons are.
class CampaignPanel final : public QWidget {
    Q_OBJECT

public:
    explicit CampaignPanel(CampaignController *controller, QWidget *parent = nullptr);

    QProgressBar *progressBar() const { return m_progress; }
    // Pause, Resume and Stop… as menu entries.
    QList<QAction *> actions() const { return {m_pauseAction, m_resumeAction, m_stopAction}; }

private:
    void update();

    CampaignController *m_controller = nullptr;
    QLabel *m_state = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_accepted = nullptr;
    QLabel *m_rejected = nullptr;
    QLabel *m_unknown = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_timeLeft = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_stop = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resumeAction = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace soip
