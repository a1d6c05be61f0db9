#include "sendcontroller.h"

#include "accounts/credentialstore.h"
#include "net/sendjob.h"
#include "net/soipclient.h"
#include "net/soiprequest.h"
#include "net/statusclient.h"
#include "net/statusjob.h"
#include "sandbox/sandboxserver.h"

#include <QFuture>

namespace soip {

SendController::SendController(QNetworkAccessManager *network, AccountStore *accounts,
                               CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(accounts)
    , m_credentials(credentials)
    , m_client(new SoipClient(network, this))
    , m_status(new StatusClient(network, this))
{
    connect(m_store, &AccountStore::changed, this, &SendController::accountsChanged);
}

SendController::~SendController() = default;

QString SendController::sandboxAccountId()
{
    return QStringLiteral("sandbox");
}

QList<Account> SendController::accounts() const
{
    Account sandbox;
    sandbox.id = sandboxAccountId();
    sandbox.name = tr("Sandbox (built-in, sends nothing)");
    sandbox.kind = AccountKind::Sandbox;
    sandbox.sid = SandboxServer::sandboxSid();
    sandbox.defaultSender = QStringLiteral("SNSOIP");
    if (m_sandbox)
        sandbox.baseUrl = m_sandbox->baseUrl();
    QList<Account> all{sandbox};
    all.append(m_store->accounts());
    return all;
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
    if (key.isEmpty())
        m_sessionKeys.remove(accountId);
    else
        m_sessionKeys.insert(accountId, key);
}

SandboxServer *SendController::sandbox(QString *error)
{
    if (!m_sandbox) {
        auto server = std::make_unique<SandboxServer>();
        if (!server->listen()) {
            if (error)
                *error = tr("The built-in sandbox could not start: %1").arg(server->errorString());
            return nullptr;
        }
        m_sandbox = std::move(server);
    }
    return m_sandbox.get();
}

void SendController::withKey(
    const QString &accountId,
    const std::function<void(const Account &, const QString &key, const QString &error)> &then)
{
    const std::optional<Account> found = account(accountId);
    if (!found) {
        then({}, {}, tr("The chosen account no longer exists. Choose another one."));
        return;
    }
    Account target = *found;
    if (target.isSandbox()) {
        QString error;
        SandboxServer *server = sandbox(&error);
        if (!server) {
            then(target, {}, error);
            return;
        }
        target.baseUrl = server->baseUrl();
        then(target, server->apiKey(), {});
        return;
    }
    if (m_sessionKeys.contains(target.id)) {
        then(target, m_sessionKeys.value(target.id), {});
        return;
    }
    // The keychain may ask the user, so never block on it.
    m_credentials->readKey(target.credentialKey()).then(this, [then, target](const CredentialResult &result) {
        if (result.ok()) {
            then(target, result.secret, {});
            return;
        }
        if (result.status == CredentialResult::Status::NotFound)
            then(target, {}, tr("No API key is stored for “%1”. Add it in Edit → Accounts.").arg(target.name));
        else
            then(target, {}, result.explanation());
    });
}

void SendController::send(const QString &accountId, const Message &message)
{
    withKey(accountId, [this, message](const Account &account, const QString &key, const QString &error) {
        if (!error.isEmpty()) {
            // `detail` carries the sentence that says why (no key stored, no keychain, ...).
            emit sendFinished(SendOutcome::notSent(SendOutcome::NotSentReason::MissingKey, error), account);
            return;
        }
        SendJob *job = m_client->send(account, key, message);
        m_job = job;
        connect(job, &SendJob::requestSent, this, &SendController::requestSent);
        connect(job, &SendJob::finished, this, [this, account](const SendOutcome &outcome) {
            m_job.clear();
            emit sendFinished(outcome, account);
        });
    });
}

void SendController::checkStatus(const QString &accountId, const QStringList &messageIds)
{
    withKey(accountId, [this, messageIds](const Account &account, const QString &key, const QString &error) {
        if (!error.isEmpty()) {
            emit statusFinished(StatusOutcome::notAsked(error));
            return;
        }
        StatusJob *job = m_status->query(account, key, messageIds);
        connect(job, &StatusJob::finished, this, &SendController::statusFinished);
    });
}

QString SendController::curlCommand(const QString &accountId, const Message &message, QString *error)
{
    std::optional<Account> target = account(accountId);
    if (!target) {
        if (error)
            *error = tr("The chosen account no longer exists. Choose another one.");
        return {};
    }
    if (target->isSandbox()) {
        SandboxServer *server = sandbox(error);
        if (!server)
            return {};
        target->baseUrl = server->baseUrl();
    }
    return SoipRequest::curlCommand(*target, message);
}

} // namespace soip
