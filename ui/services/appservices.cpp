#include "appservices.h"

#include "accounts/accountstore.h"
#include "accounts/keychaincredentialstore.h"
#include "accounts/senderidhistory.h"
#include "campaign/campaigncontroller.h"
#include "sendcontroller.h"
#include "storage/sendhistory.h"

#include <QNetworkAccessManager>
#include <QSettings>

namespace soip {

AppServices::AppServices()
    : AppServices(Options{})
{}

AppServices::AppServices(const Options &options, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_ownCredentials(options.credentials ? nullptr : std::make_unique<KeychainCredentialStore>())
    , m_network(new QNetworkAccessManager(this))
    , m_credentials(options.credentials ? options.credentials : m_ownCredentials.get())
    , m_accounts(new AccountStore(m_settings.get(), this))
    , m_senderIds(new SenderIdHistory(this))
    , m_sending(new SendController(m_network, m_accounts, m_credentials, this))
    , m_campaigns(new CampaignController(m_sending, options.historyPath, this))
{
    if (options.historyPath != QLatin1String("-")) {
        auto history = std::make_unique<SendHistory>();
        if (history->open(options.historyPath.isEmpty() ? SendHistory::defaultPath() : options.historyPath))
            m_history = std::move(history);
        else
            m_historyError = history->errorString();
    }
    connect(m_accounts, &AccountStore::changed, this, &AppServices::updateAccountSenders);
    updateAccountSenders();
}

AppServices::~AppServices() = default;

void AppServices::updateAccountSenders()
{
    QStringList senders;
    for (const Account &account : m_sending->accounts())
        senders.append(account.defaultSender);
    m_senderIds->setAccountSenders(senders);
}

} // namespace soip
