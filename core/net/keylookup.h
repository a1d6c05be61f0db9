#pragma once

#include "accounts/credentialstore.h"

#include <QString>

namespace soip {

// Where an account's API key was found, or why it was not. The key itself is only ever held here
// in memory, on its way to the `api-key` header.
struct KeyLookup {
    enum class Source {
        None,        // no key anywhere: see `keychain` for what the keychain said
        Sandbox,     // the in-process sandbox's own test key
        Session,     // typed in for this session only
        Keychain,    // the account's keychain entry
        Environment, // KALEYRA_API_KEY (the command-line tool)
    };

    Source source = Source::None;
    QString key;
    bool keychainAsked = false;
    CredentialResult keychain; // what the keychain answered, when it was asked

    bool found() const { return source != Source::None; }
    // Why the keychain gave no key, when it failed for a reason other than "none stored" (no
    // keychain here, access refused): a sentence to add after the surface's own advice. Empty else.
    QString keychainProblem() const;
};

} // namespace soip
