#pragma once

#include "campaign/campaignexecution.h"
#include "campaignmeter.h"
#include "storage/campaignjournal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QWidget;

namespace soip {

class SendController;

// Running campaigns from the app: one at a time, on the journal in the history store, with the
// key from the app's SendController (the built-in sandbox needs none) and core's
// CampaignExecution (the send path `soip campaign` uses too, with the same lock files, so the app
// and the command never send one campaign twice). Owned by AppServices, so a run outlives the
// window that started it and a new window shows it. Every question it asks is a modal with an
// objectName (tests answer them with ModalAnswerer).
class CampaignController final : public QObject {
    Q_OBJECT

public:
    // `sending` is not owned and must outlive the controller. `historyPath` is the history store's
    // file (empty: SendHistory::defaultPath(); "-": none, and campaigns cannot run).
    CampaignController(SendController *sending, const QString &historyPath, QObject *parent = nullptr);
    ~CampaignController() override;

    // The clock of the rate and time left (ms since a fixed start); tests set their own.
    void setClock(CampaignMeter::Clock clock) { m_meter.setClock(std::move(clock)); }

    // The integrator's entry point from Send: asks once (counts, skipped rows by reason, account,
    // rate, estimated duration) and, when the person agrees, looks the key up, stores the
    // campaign in the journal and starts it. False when it was refused (another campaign or no
    // history store: the person is told why) or cancelled; true when it is under way (a missing
    // key is then reported by a message box, and nothing is sent).
    bool confirmAndStart(const CampaignLaunch &launch, QWidget *dialogParent);
    // At start-up: offers the latest interrupted campaign for resumption (explaining the unknown
    // rows). True when one was resumed.
    bool offerInterrupted(QWidget *dialogParent);
    // Resumes campaign `id` without a question (`resendUnknown`: unknown rows are sent again).
    void resumeCampaign(const QString &id, bool resendUnknown, QWidget *dialogParent);

    void pause();
    // A paused run carries on; a campaign of this session that stopped with rows not sent yet
    // (Stop, or a failure such as a full disk) is resumed as after a restart.
    void resume(QWidget *dialogParent);
    bool canResume() const;
    // Asks, then stops; false when the person kept it running.
    bool askAndStop(QWidget *dialogParent);
    // Closing `window` during a run asks: keep sending (false), or stop and close (the window is
    // closed again once the requests in flight are back; false until then, true when nothing was
    // on the network).
    bool mayClose(QWidget *window);

    CampaignExecution::State state() const
    {
        return m_execution ? m_execution->state() : CampaignExecution::State::Idle;
    }
    bool isActive() const { return m_starting || state() != CampaignExecution::State::Idle; }
    // Why a message or another campaign cannot be sent now; empty when it can.
    QString sendBlocker() const;
    // The campaign shown: the one running or the last one run in this session.
    QString campaignId() const { return m_id; }
    QString campaignName() const { return m_name; }
    CampaignCounts counts() const { return m_counts; }
    const CampaignMeter &meter() const { return m_meter; }
    // "Sending — 1,200 of 40,000 sent", "Paused — …", "Finished — …".
    QString stateText() const;
    // After a run: what became of the rows, and what to do about the unknown ones.
    QString summary() const { return m_summary; }
    CampaignJournal *journal() const { return m_journal.get(); }
    QString journalError() const { return m_journalError; }

signals:
    // The state, the counts or the rate changed.
    void changed();
    // A run began (the window shows the campaign panel).
    void started();
    // For the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void begin(const QString &id, const Account &account, const QString &key, bool resendUnknown,
               QWidget *dialogParent);
    void refreshCounts();
    // False when this very campaign was sent before and the person does not mean to again.
    bool confirmNotSentBefore(const CampaignLaunch &launch, QWidget *dialogParent);
    void onFinished();
    QString settledText(const QString &state) const;

    SendController *m_sending = nullptr;
    std::unique_ptr<CampaignJournal> m_journal;
    QString m_journalError;
    CampaignExecution *m_execution = nullptr;
    CampaignMeter m_meter;
    QTimer m_refresh;        // coalesces the count queries of outcomes that arrive together
    QTimer m_waitTick;       // counts a pause the service asked for down, a second at a time
    bool m_starting = false; // the key is being looked up
    QString m_id;
    QString m_name;
    CampaignCounts m_counts;
    QString m_summary;
};

} // namespace soip
