#include "problemspanel.h"

#include "fieldlabels.h"
#include "screenreader.h"
#include "settings/settings.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace soip {

namespace {
enum Column { SeverityColumn, CodeColumn, FieldColumn, MessageColumn };
}

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_tree->setObjectName(QStringLiteral("problemsTreeWidget"));
    m_tree->setAccessibleName(tr("Problems"));
    m_tree->setAccessibleDescription(tr("Every problem of the message. Activate one to go to its field."));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Severity"), tr("Code"), tr("Field"), tr("Problem")});
    m_tree->header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    // Found by hand: codes such as SOIP-CAMPAIGN-TEMPLATE meant nothing to the people composing;
    // the column is there for those who quote codes to support.
    m_showCodes = new QAction(tr("Show &codes"), this);
    m_showCodes->setObjectName(QStringLiteral("problemsShowCodesAction"));
    m_showCodes->setCheckable(true);
    m_showCodes->setChecked(Settings::problemCodesShown.value());
    m_tree->setColumnHidden(CodeColumn, !m_showCodes->isChecked());
    m_tree->header()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->addAction(m_showCodes);
    connect(m_showCodes, &QAction::toggled, this, [this](bool shown) {
        m_tree->setColumnHidden(CodeColumn, !shown);
        Settings::problemCodesShown.setValue(shown);
    });

    m_emptyLabel->setObjectName(QStringLiteral("problemsEmptyLabel"));
    m_emptyLabel->setText(tr("No problems: the message is ready to send."));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addWidget(m_emptyLabel);

    connect(m_tree, &QTreeWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);
    setIssues({});
}

void ProblemsPanel::setIssues(const QList<Issue> &issues)
{
    m_issues = issues;
    // Errors first: they block sending.
    std::stable_sort(m_issues.begin(), m_issues.end(),
                     [](const Issue &a, const Issue &b) { return a.isError() && !b.isError(); });
    m_tree->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < m_issues.size(); ++i) {
        const Issue &issue = m_issues.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setIcon(SeverityColumn, issue.isError() ? errorIcon : warningIcon);
        item->setText(SeverityColumn, issue.isError() ? tr("Error") : tr("Warning"));
        item->setText(CodeColumn, issue.code);
        item->setText(FieldColumn, FieldLabels::forPath(issue.parameter));
        item->setToolTip(FieldColumn, issue.parameter);
        item->setText(MessageColumn, issue.message);
        item->setToolTip(MessageColumn,
                         issue.code.isEmpty() ? issue.message : tr("%1\nCode: %2").arg(issue.message, issue.code));
        item->setData(SeverityColumn, Qt::UserRole, int(i));
    }
    m_tree->setVisible(!m_issues.isEmpty());
    m_emptyLabel->setVisible(m_issues.isEmpty());
    // Said once per change of the counts, not on every keystroke that keeps them.
    QStringList counts;
    if (const int errors = errorCount(); errors > 0)
        counts.append(tr("%n error(s)", nullptr, errors));
    if (const int warnings = warningCount(); warnings > 0)
        counts.append(tr("%n warning(s)", nullptr, warnings));
    ScreenReader::announce(this, counts.isEmpty() ? tr("Problems: none")
                                                  : tr("Problems: %1").arg(counts.join(QStringLiteral(", "))));
}

int ProblemsPanel::errorCount() const
{
    return int(std::count_if(m_issues.cbegin(), m_issues.cend(), [](const Issue &i) { return i.isError(); }));
}

int ProblemsPanel::warningCount() const
{
    return int(m_issues.size()) - errorCount();
}

QString ProblemsPanel::summary() const
{
    if (m_issues.isEmpty())
        return tr("No problems");
    // Plural forms come from the translations (English's too: translations/soip_en.ts).
    const QString errors = tr("%n error(s)", nullptr, errorCount());
    const QString warnings = tr("%n warning(s)", nullptr, warningCount());
    if (warningCount() == 0)
        return errors;
    if (errorCount() == 0)
        return warnings;
    return tr("%1, %2").arg(errors, warnings);
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(SeverityColumn, Qt::UserRole).toInt();
    if (index >= 0 && index < m_issues.size())
        emit issueActivated(m_issues.at(index));
}

} // namespace soip
