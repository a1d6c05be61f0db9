#include "command.h"
#include "issueformat.h"
#include "layoutselection.h"
#include "messageinput.h"
#include "onlinemediacheck.h"
#include "terminal.h"
#include "validation/validator.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace soip::cli {

QString validateHelp()
{
    return Cli::tr(
        "Usage: soip validate [--json] [--check-media] [--layout [--phones LIST] [--font-scales LIST]] FILE...\n"
        "\n"
        "Checks SOIP message files (drafts or API request bodies) against every rule of the\n"
        "SOIP API and reports all problems at once. FILE - reads standard input.\n"
        "\n"
        "Each problem is one line: severity, code, the field's JSON path and what is wrong, e.g.\n"
        "  error E750 to: The recipients field is empty: ...\n"
        "With several files, each line starts with the file's name. Warnings do not make a\n"
        "message invalid. The codes are listed in docs/validation-codes.md.\n"
        "\n"
        "Options:\n"
        "  --json   Print one JSON object per file, each on its own line:\n"
        "           {\"file\": ..., \"valid\": true|false, \"issues\": [{\"severity\": ...,\n"
        "           \"code\": ..., \"parameter\": ..., \"message\": ...}]}\n"
        "           A file that cannot be read has valid false and one issue with code\n"
        "           SOIP-UNREADABLE, parameter \"\" and the reason.\n"
        "  --check-media\n"
        "           Also fetch a rich media card's image or video (and a video's cover)\n"
        "           and warn when it cannot be loaded, is not an image or video, is over\n"
        "           2 MB or uses http (codes SOIP-MEDIA-*), as the composer's Check does.\n"
        "  --layout Also checks the layout on phones (SOIP-LAYOUT-* warnings): text cut or\n"
        "           elided, buttons that look alike, blurred or heavily cropped pictures,\n"
        "           characters the phone's fonts cannot draw. Loads the pictures (10 s at most).\n"
        "  --phones LIST, --font-scales LIST\n"
        "           Where --layout looks (default: every phone of 'soip help preview' at font\n"
        "           sizes 1 and 1.3).\n"
        "\n"
        "Exit status:\n"
        "  0  every message is valid (warnings allowed)\n"
        "  1  at least one message is invalid\n"
        "  2  at least one file cannot be read or is not a JSON object\n"
        "  64 wrong arguments\n");
}

namespace {

struct FileResult {
    bool readable = false;
    bool valid = false;
    QList<Issue> issues;
};

// With a selection, the layout checks' warnings follow the validator's; with `checkMedia`, the
// online media check's.
FileResult validateFile(const QString &path, const LayoutSelection *layout, bool checkMedia)
{
    const ReadResult read = readMessageInput(path);
    FileResult result;
    if (!read.readable) {
        result.issues.append({Severity::Error, kUnreadableCode, QString(), read.error});
        return result;
    }
    result.readable = true;
    result.issues = Validator::validate(read);
    if (layout)
        result.issues += layoutIssues(read.message, *layout);
    if (checkMedia)
        result.issues += checkMediaOnline(read.message);
    result.valid = !hasErrors(result.issues);
    return result;
}

// JSON text of one value, for writing an object's keys in the documented order (QJsonObject sorts
// them): file, valid, issues; severity, code, parameter, message.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

void printJson(const QString &path, const FileResult &result)
{
    QStringList issues;
    for (const Issue &issue : result.issues) {
        issues.append(u"{\"severity\":"_s + jsonText(severityToString(issue.severity)) + u",\"code\":"_s +
                      jsonText(issue.code) + u",\"parameter\":"_s + jsonText(issue.parameter) +
                      u",\"message\":"_s + jsonText(issue.message) + u'}');
    }
    out() << u"{\"file\":"_s << jsonText(path) << u",\"valid\":"_s << (result.valid ? u"true"_s : u"false"_s)
          << u",\"issues\":["_s << issues.join(u',') << u"]}\n"_s;
}

void printLines(const QString &path, const FileResult &result, bool withFileName)
{
    const QString prefix = withFileName ? path + QStringLiteral(": ") : QString();
    for (const Issue &issue : result.issues)
        out() << prefix << issueLine(issue) << u'\n';
    if (!result.readable)
        return;
    const auto errors =
        std::count_if(result.issues.cbegin(), result.issues.cend(), [](const Issue &i) { return i.isError(); });
    const auto warnings = result.issues.size() - errors;
    QString summary;
    if (result.valid && warnings == 0)
        summary = Cli::tr("The message is valid.");
    else if (result.valid)
        summary = Cli::tr("The message is valid, with %n warning(s).", nullptr, int(warnings));
    else
        summary = Cli::tr("The message is not valid: %n error(s).", nullptr, int(errors));
    out() << prefix << summary << u'\n';
}

} // namespace

int runValidate(const QStringList &arguments)
{
    bool json = false;
    bool checkMedia = false;
    bool optionsEnded = false;
    QStringList files;
    bool layout = false;
    LayoutSelection selection;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == QLatin1String("--json")) {
            json = true;
        } else if (!optionsEnded && argument == QLatin1String("--layout")) {
            layout = true;
        } else if (!optionsEnded && LayoutSelection::isOption(argument)) {
            const QString error = i + 1 < arguments.size() ? selection.take(argument, arguments.at(++i))
                                                           : Cli::tr("%1 needs a value").arg(argument);
            if (!error.isEmpty()) {
                err() << Cli::tr("soip validate: %1.\n").arg(error);
                return ExitUsage;
            }
        } else if (!optionsEnded && argument == QLatin1String("--check-media")) {
            checkMedia = true;
        } else if (!optionsEnded && (argument == QLatin1String("--help") || argument == QLatin1String("-h"))) {
            out() << validateHelp();
            return ExitOk;
        } else if (!optionsEnded && argument == QLatin1String("--")) {
            optionsEnded = true;
        } else if (!optionsEnded && argument.startsWith(u'-') && argument != QLatin1String("-")) {
            err() << Cli::tr("soip validate: unknown option %1\n").arg(argument) << validateHelp();
            return ExitUsage;
        } else {
            files.append(argument);
        }
    }
    if (files.isEmpty()) {
        err() << Cli::tr("soip validate: name at least one file.\n") << validateHelp();
        return ExitUsage;
    }

    bool anyUnreadable = false;
    bool anyInvalid = false;
    for (const QString &path : files) {
        const FileResult result = validateFile(path, layout ? &selection : nullptr, checkMedia);
        anyUnreadable = anyUnreadable || !result.readable;
        anyInvalid = anyInvalid || !result.valid;
        if (json)
            printJson(path, result);
        else
            printLines(path, result, files.size() > 1);
        out().flush();
    }
    if (anyUnreadable)
        return ExitUnreadable;
    return anyInvalid ? ExitInvalid : ExitOk;
}

} // namespace soip::cli
