#pragma once

#include "account.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>

#include <optional>

namespace soip {

// The user's accounts, kept in QSettings under Settings::accountsGroup. Never the API key: that goes
// to the keychain (CredentialStore) under Account::credentialKey(). The built-in sandbox account is
// not stored here; the app's send service makes it at run time. Every change is announced with
// changed(), so whoever shows accounts stays current without being told.
class AccountStore final : public QObject {
    Q_OBJECT

public:
    // Uses `settings` (not owned; must outlive the store). Tests pass an ini file in a temp dir.
    explicit AccountStore(QSettings *settings, QObject *parent = nullptr);

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

signals:
    // An account was added, edited or removed, or the default changed.
    void changed();

private:
    void write(const QList<Account> &accounts);

    QSettings *m_settings = nullptr;
};

} // namespace soip
