#pragma once

#include "validation/issue.h"

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace soip {

// The problems list: every issue of the message with its severity, field and message, and its code
// when the person asks for codes (the header's context menu; remembered). Activating one (click,
// Enter) asks for its field to be focused.
class ProblemsPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setIssues(const QList<Issue> &issues);
    QList<Issue> issues() const { return m_issues; }
    int errorCount() const;
    int warningCount() const;
    // "2 errors, 1 warning" / "No problems".
    QString summary() const;
    // The header's "Show codes", for tests.
    QAction *showCodesAction() const { return m_showCodes; }

signals:
    void issueActivated(const soip::Issue &issue);

private:
    void activate(QTreeWidgetItem *item);

    QList<Issue> m_issues;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QAction *m_showCodes = nullptr;
};

} // namespace soip
