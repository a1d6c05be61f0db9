#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString sendHelp()
{
    return Cli::tr("soip send: not written yet.\n");
}

int runSend(const QStringList &)
{
    err() << sendHelp();
    return ExitUsage;
}

} // namespace soip::cli
