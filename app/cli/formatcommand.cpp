#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString formatHelp()
{
    return Cli::tr("soip format: not written yet.\n");
}

int runFormat(const QStringList &)
{
    err() << formatHelp();
    return ExitUsage;
}

} // namespace soip::cli
