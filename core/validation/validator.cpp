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
    // same path or of anything inside it (what the codec could salvage) would only repeat it.
    const auto within = [](const QString &path, const QString &outer) {
        return path.startsWith(outer) &&
               (path.size() == outer.size() || path.at(outer.size()) == u'.' || path.at(outer.size()) == u'[');
    };
    const auto codecReported = [&](const QString &path) {
        return std::any_of(read.issues.cbegin(), read.issues.cend(),
                           [&](const Issue &i) { return i.isError() && within(path, i.parameter); });
    };
    for (const Issue &issue : validate(read.message)) {
        if (!codecReported(issue.parameter))
            issues.append(issue);
    }
    return issues;
}

} // namespace soip
