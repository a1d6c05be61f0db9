#pragma once

#include "credentialstore.h"

#include <QHash>

namespace soip {

// Keys held in memory only: the fake for tests, and the "use this key for this session only" store
// the app offers when no keychain is available. Nothing is ever written to disk.
class MemoryCredentialStore final : public CredentialStore {
public:
    QFuture<CredentialResult> readKey(const QString &entry) override;
    QFuture<CredentialResult> writeKey(const QString &entry, const QString &key) override;
    QFuture<CredentialResult> removeKey(const QString &entry) override;

    // For tests: make every operation answer `status` (e.g. Unavailable) until reset to Ok.
    void simulate(CredentialResult::Status status) { m_forced = status; }

private:
    QHash<QString, QString> m_keys;
    CredentialResult::Status m_forced = CredentialResult::Status::Ok;
};

} // namespace soip
