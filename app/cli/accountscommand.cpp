#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString accountsHelp()
{
    return Cli::tr("soip accounts: not written yet.\n");
}

int runAccounts(const QStringList &)
{
    err() << accountsHelp();
    return ExitUsage;
}

} // namespace soip::cli
