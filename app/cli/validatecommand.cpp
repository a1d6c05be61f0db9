#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString validateHelp()
{
    return Cli::tr("soip validate: not written yet.\n");
}

int runValidate(const QStringList &)
{
    err() << validateHelp();
    return ExitUsage;
}

} // namespace soip::cli
