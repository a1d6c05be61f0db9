#include "issueformat.h"

namespace soip::cli {

QString issueLine(const Issue &issue)
{
    QString line = severityToString(issue.severity) + u' ' + issue.code;
    if (!issue.parameter.isEmpty())
        line += u' ' + issue.parameter;
    return line + QStringLiteral(": ") + issue.message;
}

QJsonObject issueJson(const Issue &issue)
{
    return QJsonObject{{QStringLiteral("severity"), severityToString(issue.severity)},
                       {QStringLiteral("code"), issue.code},
                       {QStringLiteral("parameter"), issue.parameter},
                       {QStringLiteral("message"), issue.message}};
}

} // namespace soip::cli
