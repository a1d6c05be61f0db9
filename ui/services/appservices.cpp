#include "appservices.h"

#include "accounts/accountstore.h"
#include "accounts/keychaincredentialstore.h"
#include "accounts/senderidhistory.h"
#include "campaign/campaigncontroller.h"
#include "sendcontroller.h"
#include "storage/historyquery.h"
#include "storage/sendhistory.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStringDecoder>
#include <QThread>

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
    keepUnreadableSettings();
    if (options.historyPath != QLatin1String("-")) {
        auto history = std::make_unique<SendHistory>();
        const QString path = options.historyPath.isEmpty() ? SendHistory::defaultPath() : options.historyPath;
        if (history->open(path)) {
            m_history = std::move(history);
            // The History window's search index is built once for a history an older version
            // wrote (seconds for 100,000 sends): on a thread from the start, so that the window,
            // when asked for, opens at once. A send meanwhile waits for it like for any writer.
            m_historyIndex.reset(QThread::create([path] { HistoryQuery().open(path); }));
            m_historyIndex->start(QThread::LowPriority);
        } else {
            m_historyError = history->errorString();
        }
    }
    connect(m_accounts, &AccountStore::changed, this, &AppServices::updateAccountSenders);
    updateAccountSenders();
}

AppServices::~AppServices()
{
    if (m_historyIndex)
        m_historyIndex->wait();
}

void AppServices::keepUnreadableSettings()
{
    // QSettings keeps what it could parse and rewrites the file at its next write: the rest would
    // be gone without a word. Its status does not tell (it parses sections lazily and keeps only its
    // first error), so the bytes are checked: QSettings writes UTF-8 text without NUL bytes.
    const QString path = m_settings->fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = file.read(16 * 1024 * 1024);
    file.close();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    m_settings->allKeys(); // every section parsed, so that a FormatError is known
    if (!utf8.hasError() && !text.contains(QChar(0)) && m_settings->status() != QSettings::FormatError)
        return;
    QString copy = path + QStringLiteral(".unreadable");
    if (QFile::exists(copy))
        copy = path + u'.' + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
               QStringLiteral(".unreadable");
    if (file.copy(copy)) {
        m_settingsError = tr("The settings file %1 could not be read completely. A copy of it was kept as %2; "
                             "the settings that could not be read are back to their defaults.")
                              .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(copy));
    } else {
        m_settingsError = tr("The settings file %1 could not be read completely, and no copy of it could be "
                             "kept: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString());
    }
}

void AppServices::updateAccountSenders()
{
    QStringList senders;
    for (const Account &account : m_sending->accounts())
        senders.append(account.defaultSender);
    m_senderIds->setAccountSenders(senders);
}

} // namespace soip
