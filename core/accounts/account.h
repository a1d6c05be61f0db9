#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace soip {

struct Message;

// Where an account sends: Kaleyra itself, or the built-in sandbox running on this machine.
enum class AccountKind { Kaleyra, Sandbox };

// One of the vendor's hosts, offered as a preset in the account editor.
struct BaseUrlPreset {
    QUrl url;
    QString label; // translated, for a combo box
};

// A Kaleyra.io account as the user configured it. A plain value: it never holds the API key, which
// lives in the OS keychain (CredentialStore) under `credentialKey()`.
struct Account {
    Q_DECLARE_TR_FUNCTIONS(soip::Account)

public:
    QString id;   // stable identifier (a UUID) so renaming keeps the keychain entry
    QString name; // what the user calls it; unique, used by `soip --account NAME`
    QString sid;  // the account SID, part of the request path
    QUrl baseUrl = defaultBaseUrl();
    QString defaultSender;            // sender ID put into a new message
    QString defaultRoute;             // MKT, TXN, OTP or empty
    QString defaultCallbackProfileId; // callback profile put into a new message
    AccountKind kind = AccountKind::Kaleyra;

    bool isSandbox() const { return kind == AccountKind::Sandbox; }

    // The keychain entry name of this account's key.
    QString credentialKey() const;

    // Problems that keep this account from being saved or used, one sentence each (translated):
    // missing name or SID, a base URL that is not https (plain http only for this machine).
    QStringList problems() const;
    // A new message starts with the account's sender, route and callback profile where it has
    // none of its own.
    void fillDefaults(Message &message) const;

    // The SOIP reference host and the regional hosts.
    static QUrl defaultBaseUrl();
    static QList<BaseUrlPreset> baseUrlPresets();

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace soip
