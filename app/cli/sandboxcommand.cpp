#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString sandboxHelp()
{
    return Cli::tr("soip sandbox: not written yet.\n");
}

int runSandbox(const QStringList &)
{
    err() << sandboxHelp();
    return ExitUsage;
}

} // namespace soip::cli
