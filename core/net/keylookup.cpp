#include "keylookup.h"

namespace soip {

QString KeyLookup::keychainProblem() const
{
    if (found() || !keychainAsked || keychain.status == CredentialResult::Status::NotFound)
        return {};
    return keychain.explanation();
}

} // namespace soip
