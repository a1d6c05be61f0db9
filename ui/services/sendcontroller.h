#pragma once

#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "model/message.h"
#include "net/sendoutcome.h"
#include "net/statusoutcome.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace soip {

class CredentialStore;
class SandboxServer;
class SendJob;
class SendService;

// The app's side of sending, over core's SendService (the same one `soip` uses): the accounts as
// the app shows them (the built-in sandbox first, then the saved ones), one send at a time by
// account id, status queries, and the answers as signals for the window.
class SendController final : public QObject {
    Q_OBJECT

public:
    // `network`, `accounts` and `credentials` are not owned and must outlive the controller.
    SendController(QNetworkAccessManager *network, AccountStore *accounts, CredentialStore *credentials,
                   QObject *parent = nullptr);
    ~SendController() override;

    static QString sandboxAccountId();

    // The built-in sandbox first, then the saved accounts.
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    // The account a new session starts with: the saved default, else the sandbox.
    QString defaultAccountId() const;
    AccountStore &store() { return *m_store; }
    CredentialStore *credentials() const { return m_credentials; }
    SendService *service() const { return m_service; }

    // "Use this key for this session only": kept in memory, never written anywhere.
    void setSessionKey(const QString &accountId, const QString &key);
    bool hasSessionKey(const QString &accountId) const;

    bool isSending() const { return !m_job.isNull(); }
    // Starts a send; emits sendFinished() exactly once (also when nothing could be sent).
    void send(const QString &accountId, const Message &message);
    // Asks for the delivery status of `messageIds`; emits statusFinished() once.
    void checkStatus(const QString &accountId, const QStringList &messageIds);
    // A curl command for the message, key as $KALEYRA_API_KEY; empty with `error` set on failure.
    QString curlCommand(const QString &accountId, const Message &message, QString *error = nullptr);

    // The in-process sandbox (started when needed); null if it could not start.
    SandboxServer *sandbox(QString *error = nullptr);

signals:
    // The saved accounts or the default changed (forwarded from the AccountStore).
    void accountsChanged();
    void requestSent();
    void sendFinished(const soip::SendOutcome &outcome, const soip::Account &account);
    void statusFinished(const soip::StatusOutcome &outcome);

private:
    AccountStore *m_store = nullptr;
    CredentialStore *m_credentials = nullptr;
    SendService *m_service = nullptr;
    QPointer<SendJob> m_job;
};

} // namespace soip
