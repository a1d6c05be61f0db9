#include "accountchoice.h"

namespace soip {

AccountChoice::Resolved AccountChoice::resolve(const AccountStore &store) const
{
    Resolved resolved;
    if (direct) {
        if (sid.trimmed().isEmpty()) {
            resolved.problem = Problem::NoSid;
            return resolved;
        }
        Account account;
        account.name = Account::tr("command line");
        account.sid = sid.trimmed();
        if (!baseUrl.isEmpty())
            account.baseUrl = baseUrl;
        resolved.account = account;
    } else {
        std::optional<Account> account;
        if (!id.isEmpty())
            account = store.findById(id);
        else if (!name.isEmpty())
            account = store.find(name);
        else {
            account = store.findById(store.defaultAccountId());
            const QList<Account> all = store.accounts();
            if (!account && all.size() == 1)
                account = all.first();
        }
        if (!account) {
            resolved.problem = id.isEmpty() && name.isEmpty() ? Problem::NoneChosen : Problem::NoSuchAccount;
            return resolved;
        }
        resolved.account = account;
        resolved.saved = true;
    }
    if (const QStringList problems = resolved.account->problems(); !problems.isEmpty()) {
        resolved.problem = Problem::Invalid;
        resolved.detail = problems.join(u' ');
        resolved.account.reset();
    }
    return resolved;
}

} // namespace soip
