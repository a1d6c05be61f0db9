#include "issuecollector.h"

#include <algorithm>
#include <climits>

namespace soip {

QString IssueCollector::kindKey(Severity severity, const QString &code)
{
    return (severity == Severity::Error ? u'E' : u'W') + code;
}

bool IssueCollector::wouldList(Severity severity, const QString &code) const
{
    return m_listed.value(kindKey(severity, code)) < kListedPerCode;
}

void IssueCollector::add(Issue issue)
{
    const QString kind = kindKey(issue.severity, issue.code);
    qsizetype &listed = m_listed[kind];
    if (listed < kListedPerCode) {
        ++listed;
        m_issues.append(std::move(issue));
        return;
    }
    const auto found = m_overflowIndex.constFind(kind);
    if (found != m_overflowIndex.constEnd()) {
        ++m_overflows[*found].count;
        return;
    }
    issue.message.clear();
    m_overflowIndex.insert(kind, m_overflows.size());
    m_overflows.append({std::move(issue), 1});
}

QList<Issue> IssueCollector::take()
{
    for (Overflow &overflow : m_overflows) {
        Issue summary = std::move(overflow.first);
        summary.message = tr("%n more problems of this kind are not listed one by one.", nullptr,
                             static_cast<int>(std::min<qsizetype>(overflow.count, INT_MAX)));
        m_issues.append(std::move(summary));
    }
    m_overflows.clear();
    m_overflowIndex.clear();
    m_listed.clear();
    return std::move(m_issues);
}

} // namespace soip
