#pragma once

#include "account.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

namespace soip {

// The user's accounts, kept in QSettings under "accounts/". Never the API key: that goes to the
// keychain (CredentialStore) under Account::credentialKey(). The built-in sandbox account is not
// stored here; SandboxSession makes it at run time.
class AccountStore final {
    Q_DECLARE_TR_FUNCTIONS(soip::AccountStore)

public:
    // Uses `settings` (not owned; must outlive the store). Tests pass an ini file in a temp dir.
    explicit AccountStore(QSettings *settings);

    QList<Account> accounts() const;
    std::optional<Account> find(const QString &name) const; // by name, case-insensitive
    std::optional<Account> findById(const QString &id) const;

    // Adds a new account (an id is assigned when empty) or replaces the one with the same id.
    // Returns the saved account, or nothing with `error` set (invalid account, duplicate name).
    std::optional<Account> save(const Account &account, QString *error = nullptr);
    bool remove(const QString &id);

    // The account a new message is sent with; empty when none was chosen.
    QString defaultAccountId() const;
    void setDefaultAccountId(const QString &id);

private:
    void write(const QList<Account> &accounts);

    QSettings *m_settings = nullptr;
};

} // namespace soip
