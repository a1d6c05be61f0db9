#include "issue.h"

#include <algorithm>

namespace soip {

QString severityToString(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

bool hasErrors(const QList<Issue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

} // namespace soip
