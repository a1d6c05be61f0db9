#include "command.h"
#include "issueformat.h"
#include "messageinput.h"
#include "terminal.h"
#include "validation/validator.h"

namespace soip::cli {

QString formatHelp()
{
    return Cli::tr("Usage: soip format [--compact] FILE\n"
                   "\n"
                   "Prints a SOIP message file (a draft or an API request body) as the canonical JSON the\n"
                   "API receives: exact field names and JSON types, empty optional fields left out.\n"
                   "FILE - reads standard input.\n"
                   "\n"
                   "The message is printed even when it is not valid; its problems are then listed on\n"
                   "standard error (see soip validate).\n"
                   "\n"
                   "Options:\n"
                   "  --compact  Print the JSON on one line.\n"
                   "\n"
                   "Exit status:\n"
                   "  0  the message was printed\n"
                   "  2  the file cannot be read or is not a JSON object\n"
                   "  64 wrong arguments\n");
}

int runFormat(const QStringList &arguments)
{
    bool compact = false;
    bool optionsEnded = false;
    QStringList files;
    for (const QString &argument : arguments) {
        if (!optionsEnded && argument == QLatin1String("--compact")) {
            compact = true;
        } else if (!optionsEnded && (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            out() << formatHelp();
            return ExitOk;
        } else if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && argument.startsWith(u'-') && argument != QLatin1String("-")) {
            err() << Cli::tr("soip format: unknown option %1\n").arg(argument) << formatHelp();
            return ExitUsage;
        } else {
            files.append(argument);
        }
    }
    if (files.size() != 1) {
        err() << Cli::tr("soip format: name exactly one file.\n") << formatHelp();
        return ExitUsage;
    }

    const QString &path = files.first();
    const ReadResult read = readMessageInput(path);
    if (!read.readable) {
        err() << Cli::tr("soip format: %1: %2\n").arg(path, read.error);
        return ExitUnreadable;
    }
    const QByteArray written =
        MessageCodec::toBytes(read.message, compact ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (const QString problem = MessageCodec::writeProblem(written); !problem.isEmpty()) {
        err() << Cli::tr("soip format: %1: %2\n").arg(path, problem);
        return ExitUnreadable;
    }
    out() << QString::fromUtf8(written);
    if (compact)
        out() << u'\n';
    out().flush();

    const QList<Issue> issues = Validator::validate(read);
    if (hasErrors(issues))
        err() << Cli::tr("soip format: %1 is not a valid SOIP message:\n").arg(path);
    else if (!issues.isEmpty())
        err() << Cli::tr("soip format: %1 has warnings:\n").arg(path);
    for (const Issue &issue : issues)
        err() << QStringLiteral("  ") << issueLine(issue) << u'\n';
    err().flush();
    return ExitOk;
}

} // namespace soip::cli
