#include "validator.h"

namespace soip {

// Written by the foundation issue's validator work; this placeholder finds nothing.
QList<Issue> Validator::validate(const Message &)
{
    return {};
}

QList<Issue> Validator::validate(const ReadResult &read)
{
    QList<Issue> issues = read.issues;
    for (const Issue &issue : validate(read.message)) {
        const bool alreadyReported = std::any_of(issues.cbegin(), issues.cend(),
                                                 [&](const Issue &i) { return i.parameter == issue.parameter; });
        if (!alreadyReported)
            issues.append(issue);
    }
    return issues;
}

} // namespace soip
