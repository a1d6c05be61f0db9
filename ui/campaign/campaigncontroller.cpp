#include "campaigncontroller.h"

#include "campaignconfirmdialog.h"
#include "campaignquestions.h"
#include "net/sendservice.h"
#include "services/sendcontroller.h"
#include "storage/sendhistory.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace soip {

namespace {
qint64 settled(const CampaignCounts &counts)
{
    return counts.of(RowState::Accepted) + counts.of(RowState::Rejected) + counts.of(RowState::Unknown) +
           counts.of(RowState::NotSent);
}
} // namespace

CampaignController::CampaignController(SendController *sending, const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_sending(sending)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &CampaignController::refreshCounts);
    m_waitTick.setInterval(1000);
    connect(&m_waitTick, &QTimer::timeout, this, [this] {
        if (!m_meter.secondsWaiting())
            m_waitTick.stop();
        emit changed();
    });
    if (historyPath == QLatin1String("-")) {
        m_journalError = tr("The app was started without a history store, which campaigns are kept in.");
        return;
    }
    const QString path = historyPath.isEmpty() ? SendHistory::defaultPath() : historyPath;
    auto journal = std::make_unique<CampaignJournal>();
    if (!journal->open(path)) {
        m_journalError = journal->errorString();
        return;
    }
    m_journal = std::move(journal);
    m_execution = new CampaignExecution(m_journal.get(), QFileInfo(path).absolutePath(), this);
    connect(m_execution, &CampaignExecution::progress, this, [this](int done, int total) {
        m_meter.sample(done, total);
        if (!m_refresh.isActive())
            m_refresh.start();
    });
    connect(m_execution, &CampaignExecution::throttled, this, [this](std::chrono::milliseconds pause) {
        m_meter.waitFor(pause.count());
        m_waitTick.start();
        emit changed();
    });
    connect(m_execution, &CampaignExecution::stateChanged, this, [this](CampaignExecution::State state) {
        if (state == CampaignExecution::State::Running)
            m_meter.restart();
        refreshCounts();
    });
    connect(m_execution, &CampaignExecution::finished, this, &CampaignController::onFinished);
}

CampaignController::~CampaignController()
{
    // The execution uses the journal: it goes first.
    delete m_execution;
    m_execution = nullptr;
}

QString CampaignController::sendBlocker() const
{
    switch (state()) {
    case CampaignExecution::State::Idle:
        return m_starting ? tr("A campaign is starting") : QString();
    case CampaignExecution::State::Paused:
        return tr("The campaign “%1” is paused: resume or stop it before sending anything else").arg(m_name);
    case CampaignExecution::State::Stopping:
        return tr("The campaign “%1” is stopping").arg(m_name);
    default:
        return tr("The campaign “%1” is being sent: wait for it, or stop it, before sending anything else")
            .arg(m_name);
    }
}

bool CampaignController::confirmNotSentBefore(const CampaignLaunch &launch, QWidget *dialogParent)
{
    // The same message to the same spreadsheet with the same account: a second Send would give
    // every customer the message twice, so it has to be meant.
    const QByteArray templateJson = QJsonDocument(launch.templateJson).toJson(QJsonDocument::Compact);
    for (const CampaignRecord &record : m_journal->list()) {
        if (record.accountId != launch.account.id || record.sourceSha256 != launch.sourceSha256 ||
            record.templateJson != templateJson)
            continue;
        const qint64 accepted = m_journal->counts(record.id).of(RowState::Accepted);
        if (accepted == 0)
            continue;
        return CampaignQuestions::ask(
            dialogParent,
            {QMessageBox::Warning, tr("Send campaign"),
             tr("“%1” was already sent to this spreadsheet on %2: %Ln row(s) accepted.", nullptr, int(accepted))
                 .arg(record.name, QLocale().toString(record.createdAt.toLocalTime(), QLocale::ShortFormat)),
             tr("Sending it again sends every row again: each customer would get the message twice. To "
                "finish an interrupted run, resume it instead."),
             "campaignSentBeforeMessageBox", tr("Send &again"), "campaignSendAgainPushButton", tr("Cancel"),
             "campaignSendAgainCancelPushButton"});
    }
    return true;
}

bool CampaignController::confirmAndStart(const CampaignLaunch &launch, QWidget *dialogParent)
{
    const auto refuse = [dialogParent](const QString &why) {
        CampaignQuestions::warn(dialogParent, tr("Send campaign"), why, "campaignRefusedMessageBox");
        return false;
    };
    if (!m_execution)
        return refuse(tr("Campaigns cannot be sent: %1").arg(m_journalError));
    if (isActive())
        return refuse(sendBlocker() + u'.');
    if (!launch.plan.error.isEmpty())
        return refuse(launch.plan.error);
    if (launch.plan.valid == 0 || launch.plan.requests.isEmpty())
        return refuse(
            tr("No row of %1 can be sent; nothing was sent.").arg(QFileInfo(launch.sourcePath).fileName()));

    if (!confirmNotSentBefore(launch, dialogParent))
        return false;
    CampaignConfirmDialog confirm(launch, dialogParent);
    if (confirm.exec() != QDialog::Accepted)
        return false;

    m_starting = true;
    emit changed();
    QPointer<QWidget> parent = dialogParent;
    m_sending->service()->lookUpKey(launch.account).then(this, [this, launch, parent](const KeyLookup &key) {
        m_starting = false;
        if (!key.found()) {
            // A locked keychain is not a missing key: storing it again would not help.
            const QString problem = key.keychainProblem();
            const QString why =
                problem.isEmpty()
                    ? tr("There is no API key for the account “%1”, so nothing was sent. Store it in "
                         "Accounts, then send the campaign again.")
                          .arg(launch.account.name)
                    : tr("The API key for the account “%1” could not be read from the system keychain, so "
                         "nothing was sent.")
                              .arg(launch.account.name) +
                          u' ' + problem;
            CampaignQuestions::warn(parent, tr("Send campaign"), why, "campaignNoKeyMessageBox");
            emit changed();
            return;
        }
        // The built-in sandbox's address is known once it runs.
        CampaignLaunch stored = launch;
        stored.account = m_sending->account(launch.account.id).value_or(launch.account);
        if (!stored.account.isSandbox())
            stored.account = launch.account;
        QString error;
        const QString id = CampaignExecution::create(*m_journal, stored, &error);
        if (id.isEmpty()) {
            CampaignQuestions::warn(parent, tr("Send campaign"),
                                    tr("The campaign could not be stored, so nothing was sent: %1").arg(error),
                                    "campaignNotStoredMessageBox");
            emit changed();
            return;
        }
        begin(id, stored.account, key.key, false, parent);
    });
    return true;
}

void CampaignController::begin(const QString &id, const Account &account, const QString &key, bool resendUnknown,
                               QWidget *dialogParent)
{
    const std::optional<CampaignRecord> record = m_journal->find(id);
    m_id = id;
    m_name = record ? record->name : id;
    m_summary.clear();
    QString why;
    switch (m_execution->start(id, account, key, resendUnknown)) {
    case CampaignExecution::StartResult::Started:
        emit started();
        emit statusMessage(tr("Sending the campaign “%1”").arg(m_name), 5000);
        refreshCounts();
        return;
    case CampaignExecution::StartResult::Busy:
        why = sendBlocker() + u'.';
        break;
    case CampaignExecution::StartResult::Locked:
        why = tr("The campaign “%1” is being sent by another program (soip campaign, or another SOIP Composer); "
                 "nothing was sent from here.")
                  .arg(m_name);
        break;
    case CampaignExecution::StartResult::NoSuchCampaign:
        why = tr("There is no campaign %1 in the history store.").arg(id);
        break;
    case CampaignExecution::StartResult::LockFailed:
        why = m_execution->errorString();
        break;
    }
    CampaignQuestions::warn(dialogParent, tr("Send campaign"), why, "campaignNotStartedMessageBox");
    emit changed();
}

bool CampaignController::offerInterrupted(QWidget *dialogParent)
{
    if (!m_journal || isActive())
        return false;
    const QString id = m_journal->latestInterrupted();
    const std::optional<CampaignRecord> record = id.isEmpty() ? std::nullopt : m_journal->find(id);
    if (!record || m_execution->isLockedElsewhere(id))
        return false; // none, or another program is sending it right now
    const CampaignCounts counts = m_journal->counts(id);
    const qint64 pending = counts.of(RowState::Pending);
    // Rows a dead run left in flight are unknown: their answer was lost.
    const qint64 unknown = counts.of(RowState::Unknown) + counts.of(RowState::InFlight);
    if (pending == 0 && unknown == 0) {
        m_journal->setState(id, QStringLiteral("finished")); // every row has its outcome
        return false;
    }
    const CampaignQuestions::ResumeChoice choice =
        CampaignQuestions::offerResume(dialogParent, *record, counts, pending, unknown);
    if (choice == CampaignQuestions::ResumeChoice::Discard) {
        m_journal->setState(id, QStringLiteral("finished"));
        emit statusMessage(tr("The campaign “%1” was discarded; its rows stay in the history.").arg(record->name),
                           5000);
        return false;
    }
    if (choice == CampaignQuestions::ResumeChoice::ResendUnknown) {
        if (!CampaignQuestions::ask(
                dialogParent,
                {QMessageBox::Warning, tr("Re-send unknown rows"),
                 tr("Send the message again to %Ln unknown row(s)?", nullptr, int(unknown)),
                 tr("Only do this after checking their status: a number whose message was delivered gets it "
                    "twice."),
                 "campaignResendConfirmMessageBox", tr("Re-send unknown rows"), "campaignResendConfirmPushButton",
                 tr("Cancel"), "campaignResendCancelPushButton"}))
            return false;
        resumeCampaign(id, true, dialogParent);
        return true;
    }
    if (choice == CampaignQuestions::ResumeChoice::Resume) {
        resumeCampaign(id, false, dialogParent);
        return true;
    }
    return false;
}

void CampaignController::resumeCampaign(const QString &id, bool resendUnknown, QWidget *dialogParent)
{
    const std::optional<CampaignRecord> record = m_journal ? m_journal->find(id) : std::nullopt;
    if (!record || isActive())
        return;
    Account account;
    if (!record->accountId.isEmpty()) {
        const std::optional<Account> saved = m_sending->account(record->accountId);
        if (!saved) {
            CampaignQuestions::warn(dialogParent, tr("Resume campaign"),
                                    tr("The account “%1” of this campaign no longer exists, so nothing was sent.")
                                        .arg(record->accountName),
                                    "campaignNoAccountMessageBox");
            return;
        }
        account = *saved;
    } else {
        // Started by `soip` with a typed endpoint and the key from KALEYRA_API_KEY, which the app
        // never reads: a saved account of the same SID and address has the key to use.
        const QList<Account> saved = m_sending->accounts();
        const auto same = std::find_if(saved.cbegin(), saved.cend(), [&record](const Account &candidate) {
            return !candidate.isSandbox() && candidate.sid == record->sid &&
                   candidate.baseUrl.adjusted(QUrl::StripTrailingSlash) ==
                       record->baseUrl.adjusted(QUrl::StripTrailingSlash);
        });
        if (same == saved.cend()) {
            CampaignQuestions::warn(
                dialogParent, tr("Resume campaign"),
                tr("This campaign was started by “soip” for the account SID %1 at %2, with the key from "
                   "KALEYRA_API_KEY, so nothing was sent. Add an account with that SID and address in "
                   "Accounts, or resume it where it was started: soip campaign resume %3")
                    .arg(record->sid, record->baseUrl.toDisplayString(), id),
                "campaignNoAccountMessageBox");
            return;
        }
        account = *same;
    }
    m_starting = true;
    emit changed();
    QPointer<QWidget> parent = dialogParent;
    m_sending->service()->lookUpKey(account).then(
        this, [this, id, account, resendUnknown, parent](const KeyLookup &key) {
            m_starting = false;
            if (!key.found()) {
                CampaignQuestions::warn(
                    parent, tr("Resume campaign"),
                    tr("There is no API key for the account “%1”, so nothing was sent. Store it in "
                       "Accounts, then resume the campaign.")
                        .arg(account.name),
                    "campaignNoKeyMessageBox");
                emit changed();
                return;
            }
            begin(id, m_sending->account(account.id).value_or(account), key.key, resendUnknown, parent);
        });
}

void CampaignController::pause()
{
    if (m_execution)
        m_execution->pause();
}

void CampaignController::resume(QWidget *dialogParent)
{
    using State = CampaignExecution::State;
    if (state() == State::Paused || state() == State::Pausing)
        m_execution->resume();
    else if (canResume())
        resumeCampaign(m_id, false, dialogParent);
}

bool CampaignController::canResume() const
{
    using State = CampaignExecution::State;
    if (state() == State::Paused || state() == State::Pausing)
        return true;
    return !isActive() && m_journal && !m_id.isEmpty() && m_counts.of(RowState::Pending) > 0;
}

bool CampaignController::askAndStop(QWidget *dialogParent)
{
    if (!isActive() || !m_execution)
        return false;
    if (!CampaignQuestions::ask(
            dialogParent, {QMessageBox::Question, tr("Stop campaign"), tr("Stop the campaign “%1”?").arg(m_name),
                           tr("No new requests go out; those on the network finish. The rows not sent stay in "
                              "the history, and the campaign can be resumed later."),
                           "campaignStopMessageBox", tr("&Stop"), "campaignStopConfirmPushButton",
                           tr("&Keep sending"), "campaignStopCancelPushButton"}))
        return false;
    m_execution->stop();
    return true;
}

bool CampaignController::mayClose(QWidget *window)
{
    if (!isActive() || !m_execution)
        return true;
    if (state() == CampaignExecution::State::Stopping)
        return false; // the window closes by itself once it has stopped
    const bool paused = state() == CampaignExecution::State::Paused;
    if (!CampaignQuestions::ask(
            window, {QMessageBox::Warning, tr("Campaign in progress"),
                     paused ? tr("The campaign “%1” is paused.").arg(m_name)
                            : tr("The campaign “%1” is being sent.").arg(m_name),
                     paused ? tr("Stop it and close? The rows not sent stay in the history and are offered for "
                                 "resumption on the next start.")
                            : tr("Stop it and close? The requests on the network finish first; the rows not sent "
                                 "stay in the history and are offered for resumption on the next start."),
                     "campaignCloseMessageBox", tr("&Stop and close"), "campaignStopAndClosePushButton",
                     paused ? tr("&Keep it open") : tr("&Keep sending"), "campaignKeepSendingPushButton"}))
        return false;
    m_execution->stop();
    if (!isActive())
        return true;
    connect(
        m_execution, &CampaignExecution::finished, window, [window] { window->close(); },
        Qt::SingleShotConnection);
    emit statusMessage(tr("Stopping the campaign: waiting for the requests on the network…"), 0);
    return false;
}

void CampaignController::refreshCounts()
{
    m_refresh.stop();
    if (m_journal && !m_id.isEmpty())
        m_counts = m_journal->counts(m_id);
    emit changed();
}

QString CampaignController::settledText(const QString &state) const
{
    const QLocale locale;
    //: "Paused — 1,200 of 40,000 sent"
    return tr("%1 — %2 of %3 sent").arg(state, locale.toString(settled(m_counts)), locale.toString(m_counts.rows));
}

QString CampaignController::stateText() const
{
    switch (state()) {
    case CampaignExecution::State::Running:
        if (const std::optional<qint64> wait = m_meter.secondsWaiting())
            //: The service answered 429: "Sending, held back 30 seconds by the service (too many requests)"
            return settledText(
                tr("Sending, held back %n second(s) by the service (too many requests)", nullptr, int(*wait)));
        return settledText(tr("Sending"));
    case CampaignExecution::State::Pausing:
        return settledText(tr("Pausing (waiting for the requests on the network)"));
    case CampaignExecution::State::Paused:
        return settledText(tr("Paused"));
    case CampaignExecution::State::Stopping:
        return settledText(tr("Stopping (waiting for the requests on the network)"));
    case CampaignExecution::State::Idle:
        break;
    }
    if (m_starting)
        return tr("Starting…");
    if (m_id.isEmpty())
        return tr("No campaign is being sent.");
    const bool open = m_counts.of(RowState::Pending) + m_counts.of(RowState::InFlight) > 0;
    return settledText(open ? tr("Stopped") : tr("Finished"));
}

void CampaignController::onFinished()
{
    refreshCounts();
    CampaignConfirmDialog::rememberAnswerTimes(m_execution->account(), m_execution->answerTimes());
    const QLocale locale;
    QStringList lines;
    lines.append(tr("%1 accepted, %2 rejected, %3 unknown, %4 not sent, %5 pending.")
                     .arg(locale.toString(m_counts.of(RowState::Accepted)),
                          locale.toString(m_counts.of(RowState::Rejected)),
                          locale.toString(m_counts.of(RowState::Unknown)),
                          locale.toString(m_counts.of(RowState::NotSent)),
                          locale.toString(m_counts.of(RowState::Pending) + m_counts.of(RowState::InFlight))));
    if (!m_execution->fatalError().isEmpty())
        lines.prepend(m_execution->fatalError());
    if (m_counts.of(RowState::Pending) > 0)
        lines.append(tr("The rows not sent yet can still go: press Resume, now or later (the next start offers it "
                        "too)."));
    // Found by hand: the command lines said here meant nothing to the people sending, and an unknown
    // row has no message id, so asking for its status could never tell.
    if (m_counts.of(RowState::Unknown) > 0)
        lines.append(tr("Unknown rows: their request went out but the answer was lost, so they may have been "
                        "delivered. History lists them; check those numbers on the Kaleyra console before "
                        "sending them again."));
    m_summary = lines.join(u'\n');
    emit statusMessage(tr("The campaign “%1” ended: %2").arg(m_name, lines.constFirst()), 10000);
    emit changed();
}

} // namespace soip
