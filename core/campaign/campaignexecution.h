#pragma once

#include "accounts/account.h"
#include "campaignplan.h"
#include "campaignrunner.h"
#include "storage/campaignjournal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class QLockFile;

namespace soip {

// What a new campaign is: its name, the account, the template, the recipients file it came from,
// its plan and how fast to send it. Everything `soip campaign send` and the app's Send have.
struct CampaignLaunch {
    QString name;
    Account account;
    QJsonObject templateJson; // the template's canonical JSON; `to` is ignored
    QString sourcePath;       // the recipients file (only its name is stored)
    QByteArray sourceSha256;  // hex, RecipientFile::sha256
    CampaignPlan plan;
    CampaignRunner::Options options;
    int batch = CampaignPlan::kDefaultBatch;
};

// The one send path of a journalled campaign, for the app and `soip campaign`: the lock that keeps
// two processes (or two windows) from sending one campaign, the recovery of rows a dead run left
// in flight, the runner, pause and resume, and the campaign's state in the journal ("running" while
// requests go out, "interrupted" when paused, stopped or cut short, "finished" when no row is left).
//
// Pause stops handing out requests and lets those in flight finish; the lock is kept and the
// campaign stays resumable. Resume carries on with the journal's pending rows. Stop does the same
// as Pause, then lets go of the campaign. Unknown rows are never sent again unless start() is asked
// to (`resendUnknown`, after the person checked their delivery).
class CampaignExecution final : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,     // nothing started, or the last run ended (see finished())
        Running,  // requests are handed out
        Pausing,  // waiting for the requests in flight, then Paused
        Paused,   // nothing on the network; the lock is held
        Stopping, // waiting for the requests in flight, then Idle
    };
    Q_ENUM(State)

    enum class StartResult {
        Started,
        Busy,   // this object runs a campaign already
        Locked, // another process (or window) sends this campaign
        NoSuchCampaign,
        LockFailed, // the lock file could not be written: errorString()
    };

    // `journal` is not owned and must outlive this object; `lockDirectory` is where the lock files
    // go (the history's folder, so the app and `soip` see the same ones).
    CampaignExecution(CampaignJournal *journal, QString lockDirectory, QObject *parent = nullptr);
    ~CampaignExecution() override;

    // Stores a new campaign (its record and plan, in one transaction); its id, or empty with
    // `*error` set. Never the key.
    static QString create(CampaignJournal &journal, const CampaignLaunch &launch, QString *error = nullptr);
    // The runner's settings stored with a campaign, and back.
    static QJsonObject settingsOf(const CampaignRunner::Options &options, int batch);
    static CampaignRunner::Options optionsOf(const CampaignRecord &record);
    // Whether a live process holds the campaign's lock now (another `soip`, another app).
    bool isLockedElsewhere(const QString &campaignId) const;

    // Takes the lock, turns rows left in flight into Unknown (or, with `resendUnknown`, Unknown
    // rows into Pending), marks the campaign running and starts sending with `apiKey` (held in
    // memory only, for Resume).
    StartResult start(const QString &campaignId, const Account &account, const QString &apiKey,
                      bool resendUnknown = false);
    void pause();
    void resume();
    void stop();

    State state() const { return m_state; }
    bool isActive() const { return m_state != State::Idle; }
    QString campaignId() const { return m_id; }
    Account account() const { return m_account; }
    // What start() found: rows a dead run left in flight (now Unknown), unknown rows made pending.
    int recoveredUnknown() const { return m_recovered; }
    int resentUnknown() const { return m_resent; }
    // Why the last run gave up on its own (the key refused, the journal failed); empty otherwise.
    QString fatalError() const { return m_fatal; }
    QString errorString() const { return m_error; }
    // Requests done and to do in this run (since start or the last resume).
    int requestsDone() const { return m_runner ? m_runner->requestsDone() : 0; }
    int requestsTotal() const { return m_runner ? m_runner->requestsTotal() : 0; }
    // The service's answer times over every run of this execution that has ended.
    CampaignRunner::AnswerTimes answerTimes() const { return m_answers; }

signals:
    void stateChanged(soip::CampaignExecution::State state);
    // A request has its outcome (forwarded from the runner).
    void progress(int requestsDone, int requestsTotal);
    // The service asked for a pause (forwarded from the runner).
    void throttled(std::chrono::milliseconds pause);
    // The run ended (every row has an outcome, Stop, or a fatal error): the journal's state is
    // written and the lock released.
    void finished();

private:
    void startRunner();
    void onRunnerFinished();
    void setState(State state);

    CampaignJournal *m_journal = nullptr;
    QString m_lockDirectory;
    QString m_id;
    Account m_account;
    QString m_key;
    CampaignRunner::Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<CampaignRunner> m_runner;
    State m_state = State::Idle;
    bool m_resumeWhenStopped = false;
    int m_recovered = 0;
    int m_resent = 0;
    CampaignRunner::AnswerTimes m_answers;
    QString m_fatal;
    QString m_error;
};

} // namespace soip
