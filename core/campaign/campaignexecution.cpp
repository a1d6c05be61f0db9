#include "campaignexecution.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>

#include <utility>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
QString lockPath(const QString &directory, const QString &id)
{
    return directory + u"/campaign-"_s + id + u".lock"_s;
}
} // namespace

CampaignExecution::CampaignExecution(CampaignJournal *journal, QString lockDirectory, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_lockDirectory(std::move(lockDirectory))
{}

CampaignExecution::~CampaignExecution()
{
    // Destroyed mid-run (the app quits while paused, a crash test): the journal keeps the rows as
    // they are, and whatever was in flight becomes Unknown on the next start.
    if (m_runner && m_state != State::Idle && m_state != State::Paused)
        m_journal->setState(m_id, u"interrupted"_s);
    m_runner.reset();
}

QJsonObject CampaignExecution::settingsOf(const CampaignRunner::Options &options, int batch)
{
    return QJsonObject{{u"concurrency"_s, options.concurrency},
                       {u"rate"_s, options.rate},
                       {u"batch"_s, batch},
                       {u"timeout"_s, double(options.timeout.count()) / 1000.0}};
}

CampaignRunner::Options CampaignExecution::optionsOf(const CampaignRecord &record)
{
    CampaignRunner::Options options;
    options.concurrency = record.settings.value(u"concurrency"_s).toInt(6);
    options.rate = record.settings.value(u"rate"_s).toDouble(150);
    options.timeout = std::chrono::milliseconds(qint64(record.settings.value(u"timeout"_s).toDouble(30) * 1000));
    return options;
}

QString CampaignExecution::create(CampaignJournal &journal, const CampaignLaunch &launch, QString *error)
{
    CampaignRecord record;
    record.name = launch.name;
    record.accountName = launch.account.name;
    record.accountId = launch.account.id;
    record.sid = launch.account.sid;
    record.baseUrl = launch.account.baseUrl;
    record.sourceName = QFileInfo(launch.sourcePath).fileName();
    record.sourceSha256 = launch.sourceSha256;
    record.templateJson = QJsonDocument(launch.templateJson).toJson(QJsonDocument::Compact);
    record.settings = settingsOf(launch.options, launch.batch);
    const QString id = journal.create(record, launch.plan);
    if (id.isEmpty() && error)
        *error = journal.errorString();
    return id;
}

bool CampaignExecution::isLockedElsewhere(const QString &campaignId) const
{
    if (m_lock && campaignId == m_id)
        return false;
    QLockFile probe(lockPath(m_lockDirectory, campaignId));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

CampaignExecution::StartResult CampaignExecution::start(const QString &campaignId, const Account &account,
                                                        const QString &apiKey, bool resendUnknown)
{
    if (m_state != State::Idle)
        return StartResult::Busy;
    const std::optional<CampaignRecord> record = m_journal->find(campaignId);
    if (!record)
        return StartResult::NoSuchCampaign;
    auto lock = std::make_unique<QLockFile>(lockPath(m_lockDirectory, campaignId));
    lock->setStaleLockTime(0); // only a dead process's lock is stale, never an old one
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError)
            return StartResult::Locked;
        m_error =
            tr("The campaign's lock file %1 could not be written.").arg(lockPath(m_lockDirectory, campaignId));
        return StartResult::LockFailed;
    }
    m_lock = std::move(lock);
    m_id = campaignId;
    m_account = account;
    m_key = apiKey;
    m_options = optionsOf(*record);
    m_fatal.clear();
    m_error.clear();
    // Under the lock, so no other process has these rows in flight.
    m_recovered = m_journal->recoverInFlight(m_id);
    m_resent = resendUnknown ? m_journal->resendUnknown(m_id) : 0;
    startRunner();
    return StartResult::Started;
}

void CampaignExecution::startRunner()
{
    if (m_runner)
        m_runner.release()->deleteLater(); // it may be the sender of the signal being handled
    m_runner = std::make_unique<CampaignRunner>(m_journal, m_id, m_account, m_key, m_options);
    connect(m_runner.get(), &CampaignRunner::progress, this, &CampaignExecution::progress);
    connect(m_runner.get(), &CampaignRunner::throttled, this, &CampaignExecution::throttled);
    connect(m_runner.get(), &CampaignRunner::finished, this, &CampaignExecution::onRunnerFinished);
    m_journal->setState(m_id, u"running"_s);
    setState(State::Running);
    m_runner->start();
}

void CampaignExecution::pause()
{
    if (m_state != State::Running)
        return;
    setState(State::Pausing);
    m_runner->stop();
}

void CampaignExecution::resume()
{
    if (m_state == State::Pausing) {
        // Changed their mind before the requests in flight came back: carry on when they have.
        m_resumeWhenStopped = true;
        setState(State::Running);
        return;
    }
    if (m_state == State::Paused)
        startRunner();
}

void CampaignExecution::stop()
{
    if (m_state == State::Running || m_state == State::Pausing) {
        m_resumeWhenStopped = false;
        setState(State::Stopping);
        m_runner->stop();
    } else if (m_state == State::Paused) {
        setState(State::Stopping);
        onRunnerFinished();
    }
}

void CampaignExecution::onRunnerFinished()
{
    m_answers += m_runner->takeAnswerTimes();
    if (!m_runner->fatalError().isEmpty())
        m_fatal = m_runner->fatalError();
    const CampaignCounts counts = m_journal->counts(m_id);
    const bool open = counts.of(RowState::Pending) + counts.of(RowState::InFlight) > 0;
    if (std::exchange(m_resumeWhenStopped, false) && open && m_fatal.isEmpty() && m_state == State::Running) {
        // Resume was chosen while pausing: the runner stopped, so start another one.
        startRunner();
        return;
    }
    m_journal->setState(m_id, open ? u"interrupted"_s : u"finished"_s);
    if (open && m_fatal.isEmpty() && m_state == State::Pausing) {
        setState(State::Paused);
        return;
    }
    m_lock.reset();
    m_key.clear();
    setState(State::Idle);
    emit finished();
}

void CampaignExecution::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace soip
