#include "sendservice.h"

#include "accounts/credentialstore.h"
#include "futurewait.h"
#include "sandbox/sandboxserver.h"
#include "soipclient.h"
#include "soiprequest.h"
#include "statusclient.h"

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
    return waitForFuture(future);
}

SendJob *SendService::send(const Account &account, const QString &apiKey, const Message &message)
{
    SendJob *job = m_client->send(withSandboxAddress(account), apiKey, message);
    connect(job, &SendJob::requestSent, this, &SendService::requestSent);
    return job;
}

template <typename Use, typename Refuse>
void SendService::withKey(const Account &account, QObject *job, const QString &noKey, Use use, Refuse refuse)
{
    if (QString error; isBuiltInSandbox(account) && !sandbox(&error)) {
        refuse(Refusal::Account, error);
        return;
    }
    lookUpKey(account).then(job, [this, account, noKey, use, refuse](const KeyLookup &lookup) {
        if (!lookup.found()) {
            // A locked keychain or a dismissed prompt is not a missing key: saying "no key is
            // stored" would send the person to store it again.
            const QString problem = lookup.keychainProblem();
            if (problem.isEmpty())
                refuse(Refusal::NoKey, noKey);
            else
                refuse(Refusal::KeyUnreadable,
                       tr("The API key for “%1” could not be read from the system keychain.").arg(account.name) +
                           u' ' + problem);
            return;
        }
        use(withSandboxAddress(account), lookup.key);
    });
}

SendJob *SendService::send(const Account &account, const Message &message)
{
    auto *job = new SendJob(m_client);
    connect(job, &SendJob::requestSent, this, &SendService::requestSent);
    withKey(
        account, job, tr("No API key is stored for “%1”.").arg(account.name),
        [this, job, message](const Account &target, const QString &key) {
            m_client->submit(job, target, key, message);
        },
        [job](Refusal refusal, const QString &why) {
            const auto reason = refusal == Refusal::NoKey           ? SendOutcome::NotSentReason::MissingKey
                                : refusal == Refusal::KeyUnreadable ? SendOutcome::NotSentReason::KeyUnreadable
                                                                    : SendOutcome::NotSentReason::InvalidAccount;
            job->finishLater(SendOutcome::notSent(reason, why));
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
    withKey(
        account, job, tr("No API key is stored for “%1”, so the status was not asked.").arg(account.name),
        [this, job, messageIds](const Account &target, const QString &key) {
            m_status->submit(job, target, key, messageIds);
        },
        [job](Refusal, const QString &why) { job->finishLater(StatusOutcome::notAsked(why)); });
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
