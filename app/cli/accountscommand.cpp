#include "command.h"
#include "netcommon.h"
#include "terminal.h"

#include <QUuid>

#include <iostream>
#include <string>

#if defined(Q_OS_UNIX)
#include <termios.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#endif

namespace soip::cli {

QString accountsHelp()
{
    return Cli::tr(
        "Usage: soip accounts list\n"
        "       soip accounts add NAME --sid SID [--base-url URL | --region global|in|ap|eu]\n"
        "                         [--sender ID] [--route MKT|TXN|OTP] [--callback-profile ID]\n"
        "                         [--default] [--no-key]\n"
        "       soip accounts remove NAME\n"
        "\n"
        "Accounts are kept in the settings; their API keys only in the system keychain.\n"
        "\n"
        "'add' reads the API key from standard input: typed at a hidden prompt, or piped in\n"
        "(e.g. from a password manager). It is never an argument. When no keychain works on this\n"
        "computer the account is not added; use --no-key to add it anyway and give the key in the\n"
        "KALEYRA_API_KEY environment variable when sending.\n"
        "\n"
        "Regions: global https://api.kaleyra.io (the SOIP reference host), in https://api.in.kaleyra.io,\n"
        "ap https://api.ap.kaleyra.io, eu https://api.eu.kaleyra.io.\n"
        "\n"
        "Exit status: 0 done; 1 not done (see the message); 64 wrong arguments.\n");
}

namespace {

// One line from standard input, without echo when it is a terminal.
QString readSecretLine(const QString &prompt)
{
    std::string line;
#if defined(Q_OS_UNIX)
    if (isatty(STDIN_FILENO)) {
        err() << prompt << Qt::flush;
        termios saved{};
        tcgetattr(STDIN_FILENO, &saved);
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << u'\n' << Qt::flush;
        return QString::fromStdString(line).trimmed();
    }
#elif defined(Q_OS_WIN)
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (_isatty(_fileno(stdin)) && GetConsoleMode(input, &mode)) {
        err() << prompt << Qt::flush;
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
        std::getline(std::cin, line);
        SetConsoleMode(input, mode);
        err() << u'\n' << Qt::flush;
        return QString::fromStdString(line).trimmed();
    }
#endif
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}

int list()
{
    AccountStore store(&cliSettings());
    const QList<Account> accounts = store.accounts();
    if (accounts.isEmpty()) {
        out() << Cli::tr("No accounts yet. Add one with: soip accounts add NAME --sid SID\n");
        return ExitOk;
    }
    KeychainCredentialStore keychain;
    const QString defaultId = store.defaultAccountId();
    for (const Account &account : accounts) {
        const CredentialResult key = CredentialStore::wait(keychain.readKey(account.credentialKey()));
        QString keyState;
        switch (key.status) {
        case CredentialResult::Status::Ok:
            keyState = Cli::tr("key in keychain");
            break;
        case CredentialResult::Status::NotFound:
            keyState = Cli::tr("no key stored");
            break;
        case CredentialResult::Status::Unavailable:
            keyState = Cli::tr("keychain unavailable");
            break;
        default:
            keyState = Cli::tr("keychain error");
            break;
        }
        out() << (account.id == defaultId ? u"* "_s : u"  "_s) << account.name << u"  "_s << account.sid << u"  "_s
              << account.baseUrl.toString() << u"  "_s;
        if (!account.defaultSender.isEmpty())
            out() << Cli::tr("sender %1  ").arg(account.defaultSender);
        if (!account.defaultRoute.isEmpty())
            out() << Cli::tr("route %1  ").arg(account.defaultRoute);
        if (!account.defaultCallbackProfileId.isEmpty())
            out() << Cli::tr("callback profile %1  ").arg(account.defaultCallbackProfileId);
        out() << u'(' << keyState << u")\n"_s;
    }
    return ExitOk;
}

int add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"NAME"_s, Cli::tr("The account's name."));
    parser.addOption({u"sid"_s, Cli::tr("The account SID."), Cli::tr("SID")});
    parser.addOption({u"base-url"_s, Cli::tr("The API's base URL."), Cli::tr("URL")});
    parser.addOption({u"region"_s, Cli::tr("global, in, ap or eu."), Cli::tr("REGION")});
    parser.addOption({u"sender"_s, Cli::tr("Default sender ID."), Cli::tr("ID")});
    parser.addOption({u"route"_s, Cli::tr("Default route."), Cli::tr("ROUTE")});
    parser.addOption({u"callback-profile"_s, Cli::tr("Default callback profile id."), Cli::tr("ID")});
    parser.addOption({u"default"_s, Cli::tr("Make it the default account.")});
    parser.addOption({u"no-key"_s, Cli::tr("Do not store a key.")});
    if (!parser.parse(QStringList{u"soip accounts add"_s} + arguments)) {
        err() << u"soip accounts add: "_s << parser.errorText() << u"\n\n"_s << accountsHelp();
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"sid"_s)) {
        err() << Cli::tr("soip accounts add: give a NAME and --sid.\n\n") << accountsHelp();
        return ExitUsage;
    }
    if (parser.isSet(u"base-url"_s) && parser.isSet(u"region"_s)) {
        err() << Cli::tr("soip accounts add: give either --base-url or --region, not both.\n");
        return ExitUsage;
    }
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.name = parser.positionalArguments().first().trimmed();
    account.sid = parser.value(u"sid"_s).trimmed();
    if (parser.isSet(u"base-url"_s))
        account.baseUrl = baseUrlFromArgument(parser.value(u"base-url"_s));
    if (parser.isSet(u"region"_s)) {
        const QString region = parser.value(u"region"_s).toLower();
        const QStringList regions = {u"global"_s, u"in"_s, u"ap"_s, u"eu"_s};
        const qsizetype index = regions.indexOf(region);
        if (index < 0) {
            err() << Cli::tr("soip accounts add: --region is global, in, ap or eu, not \"%1\".\n").arg(region);
            return ExitUsage;
        }
        account.baseUrl = Account::baseUrlPresets().at(index).url;
    }
    account.defaultSender = parser.value(u"sender"_s).trimmed();
    account.defaultRoute = parser.value(u"route"_s).trimmed().toUpper();
    if (!account.defaultRoute.isEmpty() &&
        !QStringList{u"MKT"_s, u"TXN"_s, u"OTP"_s}.contains(account.defaultRoute)) {
        err() << Cli::tr("soip accounts add: --route is MKT, TXN or OTP, not \"%1\".\n").arg(account.defaultRoute);
        return ExitUsage;
    }
    account.defaultCallbackProfileId = parser.value(u"callback-profile"_s).trimmed();

    AccountStore store(&cliSettings());
    const QStringList problems = account.problems();
    if (!problems.isEmpty()) {
        err() << Cli::tr("soip accounts add: %1\n").arg(problems.join(u' '));
        return ExitInvalid;
    }
    if (store.find(account.name)) {
        err() << Cli::tr("soip accounts add: there is already an account named \"%1\". Remove it first.\n")
                     .arg(account.name);
        return ExitInvalid;
    }

    KeychainCredentialStore keychain;
    if (!parser.isSet(u"no-key"_s)) {
        const QString key = readSecretLine(Cli::tr("API key for %1 (input hidden): ").arg(account.name));
        if (key.isEmpty()) {
            err() << Cli::tr("soip accounts add: no API key was given on standard input; the account was not "
                             "added. (Use --no-key to add it without one.)\n");
            return ExitInvalid;
        }
        const CredentialResult stored = CredentialStore::wait(keychain.writeKey(account.credentialKey(), key));
        if (!stored.ok()) {
            err() << Cli::tr("soip accounts add: the account was not added. %1 (Use --no-key to add it without "
                             "storing the key.)\n")
                         .arg(stored.explanation());
            return ExitInvalid;
        }
    }
    QString error;
    if (!store.save(account, &error)) {
        CredentialStore::wait(keychain.removeKey(account.credentialKey()));
        err() << Cli::tr("soip accounts add: %1\n").arg(error);
        return ExitInvalid;
    }
    if (parser.isSet(u"default"_s) || store.accounts().size() == 1)
        store.setDefaultAccountId(account.id);
    out() << Cli::tr("Added account \"%1\" (%2, %3)%4.\n")
                 .arg(account.name, account.sid, account.baseUrl.toString(),
                      parser.isSet(u"no-key"_s) ? Cli::tr(", without a key") : Cli::tr(", key in the keychain"));
    return ExitOk;
}

int remove(const QStringList &arguments)
{
    if (arguments.size() != 1) {
        err() << Cli::tr("soip accounts remove: give the NAME of one account.\n");
        return ExitUsage;
    }
    AccountStore store(&cliSettings());
    const std::optional<Account> account = store.find(arguments.first());
    if (!account) {
        err() << Cli::tr("soip accounts remove: there is no account named \"%1\".\n").arg(arguments.first());
        return ExitInvalid;
    }
    KeychainCredentialStore keychain;
    const CredentialResult removed = CredentialStore::wait(keychain.removeKey(account->credentialKey()));
    store.remove(account->id);
    out() << Cli::tr("Removed account \"%1\".\n").arg(account->name);
    if (removed.status == CredentialResult::Status::Unavailable ||
        removed.status == CredentialResult::Status::Denied || removed.status == CredentialResult::Status::Failed)
        err() << Cli::tr("Its key could not be removed from the keychain: %1\n").arg(removed.explanation());
    return ExitOk;
}

} // namespace

int runAccounts(const QStringList &arguments)
{
    if (refusesKeyArgument(arguments, u"accounts"_s))
        return ExitUsage;
    if (arguments.isEmpty()) {
        err() << accountsHelp();
        return ExitUsage;
    }
    const QString action = arguments.first();
    if (action == u"list"_s)
        return list();
    if (action == u"add"_s)
        return add(arguments.mid(1));
    if (action == u"remove"_s)
        return remove(arguments.mid(1));
    err() << Cli::tr("soip accounts: unknown action \"%1\"; use list, add or remove.\n\n").arg(action)
          << accountsHelp();
    return ExitUsage;
}

} // namespace soip::cli
