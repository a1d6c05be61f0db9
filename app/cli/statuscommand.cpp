#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString statusHelp()
{
    return Cli::tr("soip status: not written yet.\n");
}

int runStatus(const QStringList &)
{
    err() << statusHelp();
    return ExitUsage;
}

} // namespace soip::cli
