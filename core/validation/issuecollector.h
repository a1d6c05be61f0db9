#pragma once

#include "issue.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace soip {

// Collects the issues of one message, naming the first few of each kind and counting the rest.
// A hostile file (four megabytes of commas, a million empty buttons) would otherwise turn into
// millions of sentences nobody reads and gigabytes of memory; past kListedPerCode issues of one
// code and severity only a number is kept, reported as one last issue of that code.
class IssueCollector final {
    Q_DECLARE_TR_FUNCTIONS(soip::IssueCollector)

public:
    static constexpr qsizetype kListedPerCode = 10;

    void add(Issue issue);
    void error(const QString &code, const QString &path, const QString &message)
    {
        add({Severity::Error, code, path, message});
    }
    void warning(const QString &code, const QString &path, const QString &message)
    {
        add({Severity::Warning, code, path, message});
    }

    // Whether another issue of this code and severity would still be listed: lets a caller skip
    // composing a sentence that would only be counted.
    bool wouldList(Severity severity, const QString &code) const;

    // The listed issues in the order they came, then one issue per kind that had more.
    QList<Issue> take();

private:
    struct Overflow {
        Issue first; // the first issue that was not listed: its code, severity and path
        qsizetype count = 0;
    };
    static QString kindKey(Severity severity, const QString &code);

    QList<Issue> m_issues;
    QHash<QString, qsizetype> m_listed;        // kind -> issues listed
    QHash<QString, qsizetype> m_overflowIndex; // kind -> index in m_overflows
    QList<Overflow> m_overflows;
};

} // namespace soip
