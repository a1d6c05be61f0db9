#pragma once

// What `soip send`, `soip status`, `soip campaign` and `soip accounts` share: the options that choose
// an account, the terminal's wording of the send service's answers, and waiting for a job. Header-only so each
// command stays one .cpp file.

#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "accounts/keychaincredentialstore.h"
#include "command.h"
#include "net/sendservice.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>

#include <chrono>
#include <optional>
#include <type_traits>

namespace soip::cli {

using namespace Qt::StringLiterals;

// Exit codes of the commands that talk to the network (beyond ExitOk, ExitInvalid, ExitUsage).
inline constexpr int ExitRejected = 2; // the API said no: rejected, key refused, rate limited
inline constexpr int ExitNetwork = 3;  // network failure, server fault or unknown outcome

inline constexpr const char *kKeyVariable = SendService::kEnvironmentKeyVariable;

// The account options shared by send and status.
inline void addAccountOptions(QCommandLineParser &parser)
{
    parser.addOption({u"account"_s, Cli::tr("Use the saved account NAME."), Cli::tr("NAME")});
    parser.addOption({u"base-url"_s,
                      Cli::tr("Send to URL instead of a saved account (default https://api.kaleyra.io)."),
                      Cli::tr("URL")});
    parser.addOption({u"sid"_s, Cli::tr("The account SID, with --base-url."), Cli::tr("SID")});
    parser.addOption({u"timeout"_s, Cli::tr("Give up after SECONDS (default 30)."), Cli::tr("SECONDS")});
}

// Refuses a key given as an argument: it would be visible to every user of the machine.
inline bool refusesKeyArgument(const QStringList &arguments, const QString &command)
{
    for (const QString &argument : arguments) {
        if (argument.startsWith(u"--api-key"_s) || argument.startsWith(u"--key"_s)) {
            err() << Cli::tr("soip %1: the API key is never given on the command line (other users could see "
                             "it). Store it with 'soip accounts add', or set the %2 environment variable.\n")
                         .arg(command, QString::fromLatin1(kKeyVariable));
            return true;
        }
    }
    return false;
}

// A base URL as typed: without a scheme it is https (QUrl::fromUserInput would pick http).
inline QUrl baseUrlFromArgument(const QString &text)
{
    const QString trimmed = text.trimmed();
    return QUrl::fromUserInput(trimmed.contains(u"://"_s) ? trimmed : u"https://"_s + trimmed);
}

inline QSettings &cliSettings()
{
    static QSettings settings;
    return settings;
}

// What every command that talks to the network holds: one network manager and the one send
// service, over the saved accounts and the keychain, with KALEYRA_API_KEY allowed.
class NetSession final {
public:
    NetSession()
        : m_store(&cliSettings())
        , m_service(&m_manager, &m_store, &m_keychain)
    {
        m_service.setEnvironmentKeyAllowed(true);
    }
    SendService &service() { return m_service; }
    QNetworkAccessManager &manager() { return m_manager; }

private:
    QNetworkAccessManager m_manager;
    AccountStore m_store;
    KeychainCredentialStore m_keychain;
    SendService m_service;
};

// Where a command sends and with which key.
struct NetTarget {
    Account account;
    QString apiKey;
    KeyLookup::Source keySource = KeyLookup::Source::None;
};

// The account --account / --base-url + --sid chose (or the default one), through the send service.
// Prints why and returns nothing when there is none; the caller then exits with ExitInvalid (not
// configured) or ExitUsage (wrong options, `*usageError` set).
inline std::optional<Account> resolveAccount(const QCommandLineParser &parser, SendService &service,
                                             const QString &command, bool *usageError)
{
    *usageError = false;
    AccountChoice choice;
    choice.direct = parser.isSet(u"base-url"_s) || parser.isSet(u"sid"_s);
    if (parser.isSet(u"account"_s) && choice.direct) {
        err() << Cli::tr("soip %1: give either --account or --base-url/--sid, not both.\n").arg(command);
        *usageError = true;
        return std::nullopt;
    }
    choice.name = parser.value(u"account"_s);
    choice.sid = parser.value(u"sid"_s);
    if (parser.isSet(u"base-url"_s))
        choice.baseUrl = baseUrlFromArgument(parser.value(u"base-url"_s));
    const AccountChoice::Resolved resolved = service.resolve(choice);
    switch (resolved.problem) {
    case AccountChoice::Problem::None:
        return resolved.account;
    case AccountChoice::Problem::NoSid:
        err() << Cli::tr("soip %1: --base-url needs --sid too.\n").arg(command);
        *usageError = true;
        return std::nullopt;
    case AccountChoice::Problem::NoSuchAccount:
        err() << Cli::tr("soip %1: there is no account named \"%2\". See 'soip accounts list'.\n")
                     .arg(command, choice.name);
        return std::nullopt;
    case AccountChoice::Problem::NoneChosen:
        err() << Cli::tr("soip %1: no account chosen. Use --account NAME, or --base-url URL --sid SID "
                         "with the key in %2, or add one with 'soip accounts add'.\n")
                     .arg(command, QString::fromLatin1(kKeyVariable));
        return std::nullopt;
    case AccountChoice::Problem::Invalid:
        break;
    }
    err() << Cli::tr("soip %1: nothing was sent. %2\n").arg(command, resolved.detail);
    return std::nullopt;
}

// The account and its key. `whatFails` is the sentence's end for the command ("so nothing was
// sent", "so the status was not asked"); `advice` says where the key goes for this command.
inline std::optional<NetTarget> resolveTarget(const QCommandLineParser &parser, SendService &service,
                                              const QString &command, const QString &noKey, const QString &advice,
                                              bool *usageError)
{
    const std::optional<Account> account = resolveAccount(parser, service, command, usageError);
    if (!account)
        return std::nullopt;
    const KeyLookup lookup = SendService::wait(service.lookUpKey(*account));
    if (lookup.found())
        return NetTarget{*account, lookup.key, lookup.source};
    err() << noKey;
    if (const QString problem = lookup.keychainProblem(); !problem.isEmpty())
        err() << u' ' << problem;
    err() << u' ' << advice << u'\n';
    return std::nullopt;
}

// --timeout in milliseconds; 30 s when not given; nullopt (message printed) when wrong.
inline std::optional<std::chrono::milliseconds> timeoutOption(const QCommandLineParser &parser,
                                                              const QString &command)
{
    if (!parser.isSet(u"timeout"_s))
        return std::chrono::seconds(30);
    bool ok = false;
    const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        err() << Cli::tr("soip %1: --timeout takes a number of seconds between 0 and 3600, not \"%2\".\n")
                     .arg(command, parser.value(u"timeout"_s));
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(seconds * 1000));
}

// Runs the event loop until `job` emits `finished`; returns its outcome.
template <typename Job> auto waitFor(Job *job)
{
    using Outcome = std::decay_t<decltype(job->outcome())>;
    if (job->isFinished())
        return job->outcome();
    Outcome outcome;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const Outcome &result) {
        outcome = result;
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace soip::cli
