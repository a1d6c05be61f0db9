#pragma once

#include <QObject>

#include <memory>

class QNetworkAccessManager;
class QSettings;
class QThread;

namespace soip {

class AccountStore;
class CampaignController;
class CredentialStore;
class SendController;
class SendHistory;
class SenderIdHistory;

// The application's services, made once and outliving every window (Zeal's Core::Application):
// the one network manager, the keychain, the accounts, the sender IDs offered, sending and status
// queries with the built-in sandbox, and the send history. Windows only borrow them, so no window
// needs a hand-ordered destructor.
class AppServices final : public QObject {
    Q_OBJECT

public:
    struct Options {
        // Where API keys are read from; null means the OS keychain. Not owned.
        CredentialStore *credentials = nullptr;
        // The send history's file; empty means SendHistory::defaultPath(); "-" keeps none.
        QString historyPath;
    };

    AppServices();
    explicit AppServices(const Options &options, QObject *parent = nullptr);
    ~AppServices() override;

    QNetworkAccessManager *network() const { return m_network; }
    CredentialStore *credentials() const { return m_credentials; }
    AccountStore *accounts() const { return m_accounts; }
    SenderIdHistory *senderIds() const { return m_senderIds; }
    SendController *sending() const { return m_sending; }
    // Campaigns, one at a time; here so a run outlives the window that started it.
    CampaignController *campaigns() const { return m_campaigns; }
    // Null when no history could be opened (historyError() says why); sending works without one.
    SendHistory *history() const { return m_history.get(); }
    QString historyError() const { return m_historyError; }
    // Empty, or what was wrong with the settings file at start-up (a copy of it was kept aside before
    // anything could overwrite it).
    QString settingsError() const { return m_settingsError; }

private:
    void updateAccountSenders();
    void keepUnreadableSettings();

    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CredentialStore> m_ownCredentials;
    std::unique_ptr<SendHistory> m_history;
    std::unique_ptr<QThread> m_historyIndex; // builds the History window's search index once
    QString m_historyError;
    QString m_settingsError;
    QNetworkAccessManager *m_network = nullptr;
    CredentialStore *m_credentials = nullptr;
    AccountStore *m_accounts = nullptr;
    SenderIdHistory *m_senderIds = nullptr;
    SendController *m_sending = nullptr;
    CampaignController *m_campaigns = nullptr;
};

} // namespace soip
