#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace soip::cli {

// Exit codes shared by every command.
// No ": int" here: with it, Qt 6.4's lupdate loses the namespace of Cli below, and the CLI's
// translations would be filed under the wrong context.
enum ExitCode {
    ExitOk = 0,
    ExitInvalid = 1,    // validate: a message is invalid; send: invalid locally or not configured
    ExitUnreadable = 2, // validate/format: a file cannot be read or is not a JSON object
    ExitUsage = 64,     // wrong arguments
};

struct Command {
    QString name;
    QString summary;                          // one line, for `soip --help`
    QString (*help)();                        // full help, for `soip help NAME`
    int (*run)(const QStringList &arguments); // arguments after the command name
};

// Every command, in the order `soip --help` lists them.
const QList<Command> &commands();

// One function pair per command, each in its own file.
QString validateHelp();
int runValidate(const QStringList &arguments);
QString formatHelp();
int runFormat(const QStringList &arguments);
QString sendHelp();
int runSend(const QStringList &arguments);
QString statusHelp();
int runStatus(const QStringList &arguments);
QString accountsHelp();
int runAccounts(const QStringList &arguments);
QString sandboxHelp();
int runSandbox(const QStringList &arguments);
QString campaignHelp();
int runCampaign(const QStringList &arguments);
QString previewHelp();
int runPreview(const QStringList &arguments);

// For translating the tool's own texts.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(soip::cli::Cli)
};

} // namespace soip::cli
