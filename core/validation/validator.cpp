#include "validator.h"

#include "rules.h"

#include <algorithm>

namespace soip {

QList<Issue> Validator::validate(const Message &message)
{
    rules::Findings findings;
    rules::checkRecipients(message, findings);
    rules::checkCommonFields(message, findings);
    rules::checkCard(message, findings);
    rules::checkActions(message, findings);
    return findings.take();
}

QList<Issue> Validator::validate(const ReadResult &read)
{
    QList<Issue> issues = read.issues;
    // A value of the wrong JSON type is reported once, by the codec; the validator's view of the
    // same path (the value the codec could salvage, or its absence) would only repeat it. What is
    // inside a salvaged value (a lone object given for `rich_media`) is still checked.
    const auto codecReported = [&](const QString &path) {
        return std::any_of(read.issues.cbegin(), read.issues.cend(),
                           [&](const Issue &i) { return i.isError() && i.parameter == path; });
    };
    for (const Issue &issue : validate(read.message)) {
        if (!codecReported(issue.parameter))
            issues.append(issue);
    }
    return issues;
}

} // namespace soip
