#include "command.h"

namespace soip::cli {

const QList<Command> &commands()
{
    static const QList<Command> all = {
        {QStringLiteral("validate"), Cli::tr("Check message files against the SOIP rules"), validateHelp,
         runValidate},
        {QStringLiteral("format"), Cli::tr("Print a message file as canonical API JSON"), formatHelp, runFormat},
        {QStringLiteral("send"), Cli::tr("Send a message file"), sendHelp, runSend},
        {QStringLiteral("status"), Cli::tr("Ask for the delivery status of sent messages"), statusHelp, runStatus},
        {QStringLiteral("accounts"), Cli::tr("List, add or remove accounts"), accountsHelp, runAccounts},
        {QStringLiteral("campaign"), Cli::tr("Send one message to every row of a spreadsheet"), campaignHelp,
         runCampaign},
        {QStringLiteral("sandbox"), Cli::tr("Run the built-in SOIP simulator"), sandboxHelp, runSandbox},
        {QStringLiteral("preview"), Cli::tr("Render a message as the phone shows it, to PNG"), previewHelp,
         runPreview},
    };
    return all;
}

} // namespace soip::cli
