#pragma once

#include "credentialstore.h"

namespace soip {

// The OS keychain through QtKeychain: Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows. Where none works (QtKeychain error 5-7, e.g. no D-Bus session) results are
// CredentialResult::Status::Unavailable; there is deliberately no insecure fallback.
class KeychainCredentialStore final : public CredentialStore {
public:
    // `service` names the application's entries in the keychain.
    explicit KeychainCredentialStore(QString service = QStringLiteral("SOIP Composer"));

    QFuture<CredentialResult> readKey(const QString &entry) override;
    QFuture<CredentialResult> writeKey(const QString &entry, const QString &key) override;
    QFuture<CredentialResult> removeKey(const QString &entry) override;

private:
    QString m_service;
};

} // namespace soip
