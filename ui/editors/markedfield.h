#pragma once

#include "validation/issue.h"

#include <QList>
#include <QWidget>

class QLayout;
class QVBoxLayout;

namespace soip {

// A field with the place under it where its problems are shown (icon and message). Editors wrap
// each input in one; ComposerForm finds the one around any widget with containing(), so a path's
// issue lands under the right field without the form knowing each editor's layout.
class MarkedField final : public QWidget {
    Q_OBJECT

public:
    // `content` becomes the first child; focus given to this widget goes to `content`.
    explicit MarkedField(QWidget *content, QWidget *parent = nullptr);
    // For a row of several widgets (a line edit and its counter): focus goes to `focusWidget`.
    MarkedField(QLayout *content, QWidget *focusWidget, QWidget *parent = nullptr);

    static MarkedField *containing(const QWidget *widget);

    // Shows `issues` under the field; nothing is redrawn when they are the ones already shown.
    void setIssues(const QList<Issue> &issues);
    void addIssue(const Issue &issue);
    void clearIssues();
    QList<Issue> issues() const { return m_issues; }
    QString issueText() const; // the messages shown, one a line

    // Draws (or removes) the coloured border of a field that has a problem.
    static void markWidget(QWidget *widget, bool marked, Severity severity);
    static QColor colorFor(Severity severity, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildIssueRows();

    QVBoxLayout *m_layout = nullptr;
    QWidget *m_issueBox = nullptr;
    QList<Issue> m_issues;
};

} // namespace soip
