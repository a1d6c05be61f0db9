#include "credentialstore.h"

#include "net/futurewait.h"

namespace soip {

QString CredentialResult::explanation() const
{
    switch (status) {
    case Status::Ok:
        return tr("The API key is stored in the system keychain.");
    case Status::NotFound:
        return tr("No API key is stored for this account yet.");
    case Status::Unavailable:
        return tr("No system keychain is available on this computer, so the API key cannot be stored. "
                  "You can use the key for this session only, or set the KALEYRA_API_KEY environment "
                  "variable for the command-line tool.");
    case Status::Denied:
        return tr("The system keychain refused access: it is locked, or its prompt was dismissed. Unlock it "
                  "and try again.");
    case Status::Failed:
        break;
    }
    return tr("The system keychain reported an error: %1").arg(detail);
}

CredentialResult CredentialStore::wait(QFuture<CredentialResult> future)
{
    return waitForFuture(future);
}

} // namespace soip
