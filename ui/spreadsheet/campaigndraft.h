#pragma once

#include "campaign/campaignplan.h"
#include "campaign/campaigntemplate.h"
#include "model/message.h"
#include "preview/campaignlayoutscan.h"
#include "preview/layoutchecks.h"
#include "spreadsheet.h"
#include "validation/issue.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace soip {

class BackgroundJob;
class ComposerDocument;

// The campaign side of the draft on screen, when the document has a spreadsheet of recipients:
// the rows read from it (on a thread), the plan for every row (planned again on a thread, a moment
// after each edit), the row the preview shows, and the problems grouped by kind for the Problems
// list ("212 rows: … — column “link”"). Once the plan is back, the layout checks run over every
// row's card on another thread, and what breaks joins the list the same way ("37 rows: Title 1 does
// not fit … — column “name” is long"). The document stays the only truth: this only reads it.
class CampaignDraft final : public QObject {
    Q_OBJECT

public:
    static constexpr int kPlanDelayMs = 300;
    static constexpr int kRowsNamed = 5; // "rows 4, 9, 17, 20, 31 …"
    static constexpr int kLongestRows = 5;

    explicit CampaignDraft(ComposerDocument *document, QObject *parent = nullptr);
    ~CampaignDraft() override;

    bool isActive() const;
    // The rows as the import dialog read them: used as they are, not read again.
    void useSpreadsheet(const Spreadsheet &sheet);
    const Spreadsheet &spreadsheet() const { return m_sheet; }
    bool isLoading() const;
    QStringList columns() const;
    qsizetype rowCount() const;

    // The plan for the message as it is now; isPlanning() while it is being made again.
    const CampaignPlan &plan() const { return m_plan; }
    bool isPlanning() const;
    // Grouped problems and the spreadsheet's own (cannot be read, changed since it was chosen).
    QList<Issue> issues() const { return m_issues; }

    // The row the preview shows (0-based, in the table), and the message it gets.
    qsizetype currentRow() const { return m_row; }
    void setCurrentRow(qsizetype row);
    // `templateMessage` personalised for the current row, with its number as `to`; the template
    // itself when there is no row to show.
    Message currentRowMessage(const Message &templateMessage) const;
    // Why `row` (0-based) is not sent, apart from the template's own problems (those of every row).
    QStringList rowProblems(qsizetype row) const;
    // The next row after the current one that has a problem, wrapping; -1 when none has.
    qsizetype nextProblemRow() const;
    // "3 rows: <message> — column “date” (rows 2, 5, 9)": a problem of `count` rows, the first `rows`.
    static QString ofRows(const QString &message, const QString &column, int count, const QList<int> &rows);
    // "(row 5)", "(rows 2, 5, 9, 12, 20, …)": the first kRowsNamed of `rows`.
    static QString rowsNamed(const QList<int> &rows);

    // Where the layout checks of every row look; a change checks them again.
    void setLayoutTargets(const QList<LayoutChecks::Target> &targets);
    bool isCheckingLayout() const;
    // What the layout checks found in `row` (0-based), as they say it.
    QStringList rowLayoutProblems(qsizetype row) const;
    // The rows (0-based) whose cards have the most text, most first, from the last layout check.
    QList<qsizetype> longestRows() const { return m_longest; }
    // `templateMessage` personalised for `row`, with its number as `to`.
    Message rowMessage(const Message &templateMessage, qsizetype row) const;
    // The spreadsheet differed from the one chosen (its checksum) when it was read this session.
    bool changedOnDisk() const { return m_changedOnDisk; }

signals:
    void spreadsheetChanged();
    void planChanged();
    void currentRowChanged(qsizetype row);
    void busyChanged(bool busy);
    // Every row's layout was checked (or the findings were dropped by an edit).
    void layoutChecked();

private:
    void onSourceChanged();
    void onLoaded(const Spreadsheet &sheet);
    void compile();
    void replan();
    void onPlanned(const CampaignPlan &plan);
    void updateIssues();
    QList<Issue> groupedProblems() const;
    // The validator's findings for the card shown, but its recipients and the fields `skipped`.
    void appendShownRowIssues(const QSet<QString> &skipped);
    void checkLayout();
    void onLayoutChecked(const CampaignLayoutScan::Result &result);
    void clearLayout();
    void mergeProblemRows();

    ComposerDocument *m_document = nullptr;
    BackgroundJob *m_loader = nullptr;
    BackgroundJob *m_planner = nullptr;
    BackgroundJob *m_layoutJob = nullptr;
    QTimer m_planDelay;
    Spreadsheet m_sheet;
    std::optional<CampaignTemplate> m_template;
    QList<CampaignTemplate::Problem> m_templateProblems; // placeholders not closed or naming no column
    CampaignPlan m_plan;
    QList<Issue> m_issues;
    QList<int> m_problemRows;     // sheet rows with a problem of the plan or the layout, ascending
    QList<int> m_planProblemRows; // sheet rows with a problem of the plan, ascending
    QList<LayoutChecks::Target> m_layoutTargets;
    CampaignLayoutScan::Result m_layout;
    QList<qsizetype> m_longest; // kept through edits, so the compare view does not flicker
    QSet<QString> m_everyRow;   // code and field of the problems every row has: the template's
    qsizetype m_row = 0;
    bool m_changedOnDisk = false;
};

} // namespace soip
