#pragma once

#include "accounts/account.h"
#include "accounts/accountstore.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace soip {

// Which account a send or status query goes to, as a person chose it: a saved account by id (the
// app's selector) or by name (`--account`), an endpoint typed in (`--base-url` + `--sid`), or
// nothing, meaning the saved default (or the only saved account).
struct AccountChoice {
    QString id;
    QString name;
    QString sid;
    QUrl baseUrl; // with `sid`; the reference host when empty
    bool direct = false;

    enum class Problem {
        None,
        NoSid,         // an endpoint without a SID
        NoSuchAccount, // `id` or `name` names no saved account
        NoneChosen,    // no default and not exactly one saved account
        Invalid,       // the account cannot be used: `detail` has its problems, one sentence each
    };
    struct Resolved {
        std::optional<Account> account;
        Problem problem = Problem::None;
        QString detail;
        bool saved = false; // a saved account, whose key is in the keychain

        bool ok() const { return account.has_value(); }
    };

    // The account itself (name "command line" for a typed endpoint), or why there is none.
    Resolved resolve(const AccountStore &store) const;
};

} // namespace soip
