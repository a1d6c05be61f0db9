#include "command.h"
#include "terminal.h"

namespace soip::cli {

// Placeholder until this command is written; see its issue.
QString previewHelp()
{
    return Cli::tr("soip preview: not written yet.\n");
}

int runPreview(const QStringList &)
{
    err() << previewHelp();
    return ExitUsage;
}

} // namespace soip::cli
