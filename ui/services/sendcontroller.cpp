#include "sendcontroller.h"

#include "net/sendjob.h"
#include "net/sendservice.h"
#include "net/statusjob.h"

namespace soip {

namespace {

QString noAccount()
{
    return SendController::tr("The chosen account no longer exists. Choose another one.");
}

} // namespace

SendController::SendController(QNetworkAccessManager *network, AccountStore *accounts,
                               CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(accounts)
    , m_credentials(credentials)
    , m_service(new SendService(network, accounts, credentials, this))
{
    connect(m_store, &AccountStore::changed, this, &SendController::accountsChanged);
    connect(m_service, &SendService::requestSent, this, &SendController::requestSent);
}

SendController::~SendController() = default;

QString SendController::sandboxAccountId()
{
    return SendService::sandboxAccountId();
}

QList<Account> SendController::accounts() const
{
    return QList<Account>{m_service->sandboxAccount()} + m_store->accounts();
}

std::optional<Account> SendController::account(const QString &id) const
{
    for (const Account &account : accounts()) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

QString SendController::defaultAccountId() const
{
    const QString id = m_store->defaultAccountId();
    return !id.isEmpty() && m_store->findById(id) ? id : sandboxAccountId();
}

void SendController::setSessionKey(const QString &accountId, const QString &key)
{
    m_service->setSessionKey(accountId, key);
}

bool SendController::hasSessionKey(const QString &accountId) const
{
    return m_service->hasSessionKey(accountId);
}

SandboxServer *SendController::sandbox(QString *error)
{
    return m_service->sandbox(error);
}

void SendController::send(const QString &accountId, const Message &message)
{
    const std::optional<Account> target = account(accountId);
    if (!target) {
        // Answered after this returns, as a real send is.
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit sendFinished(SendOutcome::notSent(SendOutcome::NotSentReason::InvalidAccount, noAccount()),
                                  {});
            },
            Qt::QueuedConnection);
        return;
    }
    SendJob *job = m_service->send(*target, message);
    m_job = job;
    connect(job, &SendJob::finished, this, [this, target](const SendOutcome &outcome) {
        m_job.clear();
        SendOutcome shown = outcome;
        // The service says what is missing; the app also says where to add it.
        if (shown.kind == SendOutcome::Kind::NotSent &&
            shown.notSentReason == SendOutcome::NotSentReason::MissingKey && !target->isSandbox())
            shown.detail += u' ' + tr("Add it in Edit → Accounts.");
        // The sandbox as it was sent to: with its address, now that it runs.
        emit sendFinished(shown, target->isSandbox() ? m_service->sandboxAccount() : *target);
    });
}

void SendController::checkStatus(const QString &accountId, const QStringList &messageIds)
{
    const std::optional<Account> target = account(accountId);
    if (!target) {
        QMetaObject::invokeMethod(
            this, [this] { emit statusFinished(StatusOutcome::notAsked(noAccount())); }, Qt::QueuedConnection);
        return;
    }
    StatusJob *job = m_service->queryStatus(*target, messageIds);
    connect(job, &StatusJob::finished, this, &SendController::statusFinished);
}

QString SendController::curlCommand(const QString &accountId, const Message &message, QString *error)
{
    const std::optional<Account> target = account(accountId);
    if (!target) {
        if (error)
            *error = noAccount();
        return {};
    }
    return m_service->curlCommand(*target, message, error);
}

} // namespace soip
