#include "validator.h"

#include "rules.h"

#include <QHash>

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

namespace {

// The codec leaves out array entries that are not objects (`"actions": [5, {...}]`) and reports
// them at their index in the file; the validator numbers the entries it got. This maps the
// validator's paths back to the file's, so `actions[0]` above becomes `actions[1]`.
class FileIndices final {
public:
    explicit FileIndices(const QList<Issue> &codecIssues)
    {
        for (const Issue &issue : codecIssues) {
            const QString &path = issue.parameter;
            if (!issue.isError() || !path.endsWith(u']'))
                continue;
            const qsizetype open = path.lastIndexOf(u'[');
            const QString array = path.left(open);
            if (array.endsWith(QLatin1String("actions")) || array.endsWith(QLatin1String("rich_media")) ||
                array.endsWith(QLatin1String("deep_links"))) {
                m_dropped[array].append(path.mid(open + 1, path.size() - open - 2).toInt());
            }
        }
        for (QList<int> &indices : m_dropped)
            std::sort(indices.begin(), indices.end());
    }

    QString map(const QString &path) const
    {
        if (m_dropped.isEmpty())
            return path;
        QString out;
        qsizetype from = 0;
        for (qsizetype open = path.indexOf(u'['); open >= 0; open = path.indexOf(u'[', from)) {
            const qsizetype close = path.indexOf(u']', open);
            if (close < 0)
                break;
            out += QStringView(path).mid(from, open - from);
            int index = QStringView(path).mid(open + 1, close - open - 1).toInt();
            for (int dropped : m_dropped.value(out)) {
                if (dropped <= index)
                    ++index;
            }
            out += u'[' + QString::number(index) + u']';
            from = close + 1;
        }
        return out + QStringView(path).mid(from);
    }

private:
    QHash<QString, QList<int>> m_dropped; // array path in the file -> indices of dropped entries
};

} // namespace

QList<Issue> Validator::validate(const ReadResult &read)
{
    QList<Issue> issues = read.issues;
    const FileIndices fileIndices(read.issues);
    // A value of the wrong JSON type is reported once, with the codec's message (which says what
    // the file has there); the validator's view of the same path (the value the codec could
    // salvage, or its absence) would only repeat it. Where the vendor has a code for that field
    // (INV-ACTION-TYPE for `"action_type": "open"`), the issue carries the vendor's code. What is
    // inside a salvaged value (a lone object given for `rich_media`) is still checked.
    const qsizetype codecCount = issues.size();
    for (Issue issue : validate(read.message)) {
        issue.parameter = fileIndices.map(issue.parameter);
        const auto same = std::find_if(issues.begin(), issues.begin() + codecCount, [&](const Issue &i) {
            return i.isError() && i.parameter == issue.parameter;
        });
        if (same == issues.begin() + codecCount)
            issues.append(issue);
        else if (issue.isError() && !issue.code.startsWith(QLatin1String("SOIP-")))
            same->code = issue.code;
    }
    return issues;
}

} // namespace soip
