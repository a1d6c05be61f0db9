#include "validator.h"

#include "rules.h"
#include "json/jsonpath.h"

#include <QHash>

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

namespace {

// The codec leaves out array entries that are not objects (`"actions": [5, {...}]`) and reports
// them at their index in the file; the validator numbers the entries it got. This maps the
// validator's paths back to the file's, so `actions[0]` above becomes `actions[1]`.
class FileIndices final {
public:
    explicit FileIndices(const QHash<QString, QList<qsizetype>> &dropped)
        : m_dropped(dropped)
    {}

    QString map(const QString &path) const
    {
        if (m_dropped.isEmpty())
            return path;
        const std::optional<JsonPath> parsed = JsonPath::parse(path);
        if (!parsed)
            return path;
        JsonPath out;
        for (const JsonPath::Step &step : parsed->steps()) {
            out = out.field(step.key);
            if (step.index >= 0)
                out = out.at(fileIndex(m_dropped.value(out.toString()), step.index));
        }
        return out.toString();
    }

private:
    // The file index of the entry the validator numbers `index`: with k entries dropped before
    // it, it is index + k, where k is the first position whose dropped[k] - k exceeds index
    // (dropped is increasing, so dropped[k] - k never decreases): a binary search, as a walk
    // over every dropped entry for every issue grows with the square of the file.
    static qsizetype fileIndex(const QList<qsizetype> &dropped, qsizetype index)
    {
        qsizetype low = 0;
        qsizetype high = dropped.size();
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (dropped.at(middle) - middle <= index)
                low = middle + 1;
            else
                high = middle;
        }
        return index + low;
    }

    QHash<QString, QList<qsizetype>> m_dropped; // array path in the file -> indices left out
};

} // namespace

QList<Issue> Validator::validate(const ReadResult &read)
{
    QList<Issue> issues = read.issues;
    const FileIndices fileIndices(read.droppedEntries);
    // A value of the wrong JSON type is reported once, with the codec's message (which says what
    // the file has there); the validator's view of the same path (the value the codec could
    // salvage, or its absence) would only repeat it. Where the vendor has a code for that field
    // (INV-ACTION-TYPE for `"action_type": "open"`), the issue carries the vendor's code. What is
    // inside a salvaged value (a lone object given for `rich_media`) is still checked.
    QHash<QString, qsizetype> codecErrorAt; // path -> index of the codec's first error there
    for (qsizetype i = 0; i < issues.size(); ++i) {
        if (issues.at(i).isError() && !codecErrorAt.contains(issues.at(i).parameter))
            codecErrorAt.insert(issues.at(i).parameter, i);
    }
    for (Issue issue : validate(read.message)) {
        issue.parameter = fileIndices.map(issue.parameter);
        const auto same = codecErrorAt.constFind(issue.parameter);
        if (same == codecErrorAt.constEnd())
            issues.append(issue);
        else if (issue.isError() && !issue.code.startsWith(QLatin1String("SOIP-")))
            issues[*same].code = issue.code;
    }
    return issues;
}

} // namespace soip
