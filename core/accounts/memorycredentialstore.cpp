#include "memorycredentialstore.h"

#include <QFuture>

namespace soip {

namespace {
QFuture<CredentialResult> ready(CredentialResult::Status status, const QString &secret = {})
{
    CredentialResult result;
    result.status = status;
    result.secret = secret;
    return QtFuture::makeReadyFuture(result);
}
} // namespace

QFuture<CredentialResult> MemoryCredentialStore::readKey(const QString &entry)
{
    if (m_forced != CredentialResult::Status::Ok)
        return ready(m_forced);
    const auto found = m_keys.constFind(entry);
    if (found == m_keys.cend())
        return ready(CredentialResult::Status::NotFound);
    return ready(CredentialResult::Status::Ok, *found);
}

QFuture<CredentialResult> MemoryCredentialStore::writeKey(const QString &entry, const QString &key)
{
    if (m_forced != CredentialResult::Status::Ok)
        return ready(m_forced);
    m_keys.insert(entry, key);
    return ready(CredentialResult::Status::Ok);
}

QFuture<CredentialResult> MemoryCredentialStore::removeKey(const QString &entry)
{
    if (m_forced != CredentialResult::Status::Ok)
        return ready(m_forced);
    return ready(m_keys.remove(entry) > 0 ? CredentialResult::Status::Ok : CredentialResult::Status::NotFound);
}

} // namespace soip
