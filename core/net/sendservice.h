#pragma once

#include "accountchoice.h"
#include "keylookup.h"
#include "model/message.h"
#include "sendjob.h"
#include "statusjob.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace soip {

class CredentialStore;
class SandboxServer;
class SoipClient;
class StatusClient;

// Sending, as the app and `soip` both do it: which account, where its key comes from, validation,
// the request, and delivery-status queries. The one place that knows the order of key sources
// (built-in sandbox, session key, keychain, then KALEYRA_API_KEY where allowed). Every outcome is
// classified by HttpVerdict through SendOutcome / StatusOutcome.
class SendService final : public QObject {
    Q_OBJECT

public:
    // None of the three is owned; all must outlive the service.
    SendService(QNetworkAccessManager *network, AccountStore *store, CredentialStore *credentials,
                QObject *parent = nullptr);
    ~SendService() override;

    // The command-line tool also takes the key from KALEYRA_API_KEY; the app does not.
    void setEnvironmentKeyAllowed(bool allowed) { m_environmentKey = allowed; }
    static constexpr char kEnvironmentKeyVariable[] = "KALEYRA_API_KEY";
    void setTimeout(std::chrono::milliseconds timeout);

    AccountStore &store() { return *m_store; }
    AccountChoice::Resolved resolve(const AccountChoice &choice) const { return choice.resolve(*m_store); }

    // The built-in sandbox (the app's first account): started on first use, on 127.0.0.1.
    static QString sandboxAccountId() { return QStringLiteral("sandbox"); }
    Account sandboxAccount() const;
    SandboxServer *sandbox(QString *error = nullptr);

    // "Use this key for this session only": kept in memory, never written anywhere.
    void setSessionKey(const QString &accountId, const QString &key);
    bool hasSessionKey(const QString &accountId) const { return m_sessionKeys.contains(accountId); }

    // Finds the key (the keychain may prompt, so this never blocks); the future finishes on this
    // thread. A sandbox account comes back with the running sandbox's address in `*resolved`.
    QFuture<KeyLookup> lookUpKey(const Account &account);
    // For the command-line tool and tests: waits with a local event loop.
    static KeyLookup wait(QFuture<KeyLookup> future);

    // Looks the key up, then sends. Never null; the job emits `finished` once, after this returns:
    // NotSent/MissingKey (detail: why) when there is no key. Cancelling while the key is looked up
    // sends nothing.
    SendJob *send(const Account &account, const Message &message);
    // With a key already found (the command-line tool, a campaign).
    SendJob *send(const Account &account, const QString &apiKey, const Message &message);

    StatusJob *queryStatus(const Account &account, const QStringList &messageIds);
    StatusJob *queryStatus(const Account &account, const QString &apiKey, const QStringList &messageIds);

    // A curl command for the message, key as $KALEYRA_API_KEY; empty with `error` set on failure.
    QString curlCommand(const Account &account, const Message &message, QString *error = nullptr);

signals:
    // A send handed its request to the network (it may reach the server from now on).
    void requestSent();

private:
    static bool isBuiltInSandbox(const Account &account);
    // Why withKey() did not go on.
    enum class Refusal { Account, NoKey, KeyUnreadable };
    // Starts the built-in sandbox when `account` is it and looks the key up; then calls
    // `use(account as sent to, key)`, or `refuse(refusal, why)` with a sentence (`noKey` when
    // there is no key, the keychain's problem when it did not give it, the sandbox's error when it
    // cannot start).
    template <typename Use, typename Refuse>
    void withKey(const Account &account, QObject *job, const QString &noKey, Use use, Refuse refuse);
    Account withSandboxAddress(const Account &account);

    QNetworkAccessManager *m_network = nullptr;
    AccountStore *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    SoipClient *m_client = nullptr;
    StatusClient *m_status = nullptr;
    std::unique_ptr<SandboxServer> m_sandbox;
    QHash<QString, QString> m_sessionKeys;
    bool m_environmentKey = false;
};

} // namespace soip
