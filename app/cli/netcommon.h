#pragma once

// What `soip send`, `soip status` and `soip accounts` share: which account to use, where its key
// comes from, and waiting for a job. Header-only so each command stays one .cpp file.

#include "accounts/account.h"
#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "accounts/keychaincredentialstore.h"
#include "command.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QSettings>

#include <chrono>
#include <optional>
#include <type_traits>

namespace soip::cli {

using namespace Qt::StringLiterals;

// Exit codes of the commands that talk to the network (beyond ExitOk, ExitInvalid, ExitUsage).
inline constexpr int ExitRejected = 2; // the API said no: rejected, key refused, rate limited
inline constexpr int ExitNetwork = 3;  // network failure, server fault or unknown outcome

inline const char kKeyVariable[] = "KALEYRA_API_KEY";

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

// Where a command sends and with which key.
struct NetTarget {
    Account account;
    QString apiKey;
};

// Resolves --account / --base-url + --sid (or the default account) and the key (keychain entry of
// a saved account, else KALEYRA_API_KEY). Prints why and returns nothing when it cannot; the caller
// then exits with ExitInvalid (not configured) or ExitUsage (wrong options, `*usageError` set).
inline std::optional<NetTarget> resolveTarget(const QCommandLineParser &parser, const QString &command,
                                              bool needKey, bool *usageError)
{
    *usageError = false;
    NetTarget target;
    bool saved = false;
    const bool direct = parser.isSet(u"base-url"_s) || parser.isSet(u"sid"_s);
    if (parser.isSet(u"account"_s) && direct) {
        err() << Cli::tr("soip %1: give either --account or --base-url/--sid, not both.\n").arg(command);
        *usageError = true;
        return std::nullopt;
    }
    AccountStore store(&cliSettings());
    if (direct) {
        if (!parser.isSet(u"sid"_s)) {
            err() << Cli::tr("soip %1: --base-url needs --sid too.\n").arg(command);
            *usageError = true;
            return std::nullopt;
        }
        target.account.name = Cli::tr("command line");
        target.account.sid = parser.value(u"sid"_s);
        if (parser.isSet(u"base-url"_s))
            target.account.baseUrl = baseUrlFromArgument(parser.value(u"base-url"_s));
    } else {
        std::optional<Account> account;
        if (parser.isSet(u"account"_s)) {
            account = store.find(parser.value(u"account"_s));
            if (!account) {
                err() << Cli::tr("soip %1: there is no account named \"%2\". See 'soip accounts list'.\n")
                             .arg(command, parser.value(u"account"_s));
                return std::nullopt;
            }
        } else {
            account = store.findById(store.defaultAccountId());
            const QList<Account> all = store.accounts();
            if (!account && all.size() == 1)
                account = all.first();
            if (!account) {
                err() << Cli::tr("soip %1: no account chosen. Use --account NAME, or --base-url URL --sid SID "
                                 "with the key in %2, or add one with 'soip accounts add'.\n")
                             .arg(command, QString::fromLatin1(kKeyVariable));
                return std::nullopt;
            }
        }
        target.account = *account;
        saved = true;
    }
    const QStringList problems = target.account.problems();
    if (!problems.isEmpty()) {
        err() << Cli::tr("soip %1: nothing was sent. %2\n").arg(command, problems.join(u' '));
        return std::nullopt;
    }
    if (!needKey)
        return target;

    QString keychainNote;
    if (saved) {
        KeychainCredentialStore keychain;
        const CredentialResult result = CredentialStore::wait(keychain.readKey(target.account.credentialKey()));
        if (result.ok()) {
            target.apiKey = result.secret;
            return target;
        }
        keychainNote = result.explanation();
    }
    target.apiKey = qEnvironmentVariable(kKeyVariable).trimmed();
    if (!target.apiKey.isEmpty())
        return target;
    err() << Cli::tr("soip %1: no API key, so nothing was sent.").arg(command);
    if (!keychainNote.isEmpty())
        err() << u' ' << keychainNote;
    err() << u' '
          << Cli::tr("Store the key with 'soip accounts add', or set the %1 environment variable.\n")
                 .arg(QString::fromLatin1(kKeyVariable));
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
