#include "sendservice.h"

#include "accounts/credentialstore.h"
#include "sandbox/sandboxserver.h"
#include "soipclient.h"
#include "soiprequest.h"
#include "statusclient.h"

#include <QEventLoop>
#include <QFutureWatcher>

namespace soip {

SendService::SendService(QNetworkAccessManager *network, AccountStore *store, CredentialStore *credentials,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_credentials(credentials)
    , m_client(new SoipClient(network, this))
    , m_status(new StatusClient(network, this))
{}

SendService::~SendService() = default;

void SendService::setTimeout(std::chrono::milliseconds timeout)
{
    m_client->setTimeout(timeout);
    m_status->setTimeout(timeout);
}

Account SendService::sandboxAccount() const
{
    Account sandbox;
    sandbox.id = sandboxAccountId();
    sandbox.name = tr("Sandbox (built-in, sends nothing)");
    sandbox.kind = AccountKind::Sandbox;
    sandbox.sid = SandboxServer::sandboxSid();
    sandbox.defaultSender = QStringLiteral("SNSOIP");
    if (m_sandbox)
        sandbox.baseUrl = m_sandbox->baseUrl();
    return sandbox;
}

SandboxServer *SendService::sandbox(QString *error)
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

void SendService::setSessionKey(const QString &accountId, const QString &key)
{
    if (key.isEmpty())
        m_sessionKeys.remove(accountId);
    else
        m_sessionKeys.insert(accountId, key);
}

bool SendService::isBuiltInSandbox(const Account &account)
{
    return account.isSandbox() && account.id == sandboxAccountId();
}

Account SendService::withSandboxAddress(const Account &account)
{
    Account target = account;
    if (isBuiltInSandbox(target) && m_sandbox)
        target.baseUrl = m_sandbox->baseUrl();
    return target;
}

QFuture<KeyLookup> SendService::lookUpKey(const Account &account)
{
    KeyLookup lookup;
    if (isBuiltInSandbox(account)) {
        if (SandboxServer *server = sandbox()) {
            lookup.source = KeyLookup::Source::Sandbox;
            lookup.key = server->apiKey();
        }
        return QtFuture::makeReadyFuture(lookup);
    }
    if (m_sessionKeys.contains(account.id)) {
        lookup.source = KeyLookup::Source::Session;
        lookup.key = m_sessionKeys.value(account.id);
        return QtFuture::makeReadyFuture(lookup);
    }
    const bool environment = m_environmentKey;
    const auto fromEnvironment = [environment](KeyLookup result) {
        if (environment) {
            result.key = qEnvironmentVariable(kEnvironmentKeyVariable).trimmed();
            if (!result.key.isEmpty())
                result.source = KeyLookup::Source::Environment;
        }
        return result;
    };
    // An endpoint typed in has no keychain entry.
    if (account.id.isEmpty() || !m_credentials)
        return QtFuture::makeReadyFuture(fromEnvironment(lookup));
    return m_credentials->readKey(account.credentialKey())
        .then(this, [fromEnvironment](const CredentialResult &result) {
            KeyLookup found;
            found.keychainAsked = true;
            found.keychain = result;
            found.keychain.secret.clear();
            if (result.ok() && !result.secret.trimmed().isEmpty()) {
                found.source = KeyLookup::Source::Keychain;
                found.key = result.secret.trimmed();
                return found;
            }
            return fromEnvironment(found);
        });
}

KeyLookup SendService::wait(QFuture<KeyLookup> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<KeyLookup> watcher;
        QObject::connect(&watcher, &QFutureWatcher<KeyLookup>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

SendJob *SendService::send(const Account &account, const QString &apiKey, const Message &message)
{
    SendJob *job = m_client->send(withSandboxAddress(account), apiKey, message);
    connect(job, &SendJob::requestSent, this, &SendService::requestSent);
    return job;
}

SendJob *SendService::send(const Account &account, const Message &message)
{
    auto *job = new SendJob(m_client);
    connect(job, &SendJob::requestSent, this, &SendService::requestSent);
    if (QString error; isBuiltInSandbox(account) && !sandbox(&error)) {
        job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::InvalidAccount, error));
        return job;
    }
    const QString name = account.name;
    lookUpKey(account).then(job, [this, job, account, message, name](const KeyLookup &lookup) {
        if (!lookup.found()) {
            QString why = tr("No API key is stored for “%1”.").arg(name);
            if (const QString problem = lookup.keychainProblem(); !problem.isEmpty())
                why += u' ' + problem;
            job->finishLater(SendOutcome::notSent(SendOutcome::NotSentReason::MissingKey, why));
            return;
        }
        m_client->submit(job, withSandboxAddress(account), lookup.key, message);
    });
    return job;
}

StatusJob *SendService::queryStatus(const Account &account, const QString &apiKey, const QStringList &messageIds)
{
    return m_status->query(withSandboxAddress(account), apiKey, messageIds);
}

StatusJob *SendService::queryStatus(const Account &account, const QStringList &messageIds)
{
    auto *job = new StatusJob(m_status);
    if (QString error; isBuiltInSandbox(account) && !sandbox(&error)) {
        job->finishLater(StatusOutcome::notAsked(error));
        return job;
    }
    const QString name = account.name;
    lookUpKey(account).then(job, [this, job, account, messageIds, name](const KeyLookup &lookup) {
        if (!lookup.found()) {
            QString why = tr("No API key is stored for “%1”, so the status was not asked.").arg(name);
            if (const QString problem = lookup.keychainProblem(); !problem.isEmpty())
                why += u' ' + problem;
            job->finishLater(StatusOutcome::notAsked(why));
            return;
        }
        m_status->submit(job, withSandboxAddress(account), lookup.key, messageIds);
    });
    return job;
}

QString SendService::curlCommand(const Account &account, const Message &message, QString *error)
{
    Account target = account;
    if (isBuiltInSandbox(target)) {
        SandboxServer *server = sandbox(error);
        if (!server)
            return {};
        target.baseUrl = server->baseUrl();
    }
    return SoipRequest::curlCommand(target, message);
}

} // namespace soip
