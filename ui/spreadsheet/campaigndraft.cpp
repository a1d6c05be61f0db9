#include "campaigndraft.h"

#include "backgroundjob.h"
#include "campaignlayoutproblems.h"
#include "composer/composerdocument.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <iterator>

namespace soip {

namespace {

// Whether `sheet` was read from `source` as it is asked for now (the checksum aside).
bool readAs(const Spreadsheet &sheet, const RecipientSource &source)
{
    return sheet.isLoaded() && sheet.source.path == source.path && sheet.source.sheet == source.sheet &&
           sheet.source.delimiter == source.delimiter && sheet.source.phoneColumn == source.phoneColumn;
}

QJsonObject templateJson(const Message &message)
{
    QJsonObject json = MessageCodec::toJson(message.withOnlyFieldsOfType());
    json.remove(QStringLiteral("to"));
    return json;
}

} // namespace

CampaignDraft::CampaignDraft(ComposerDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_loader(new BackgroundJob(this))
    , m_planner(new BackgroundJob(this))
    , m_layoutJob(new BackgroundJob(this))
{
    m_planDelay.setSingleShot(true);
    m_planDelay.setInterval(kPlanDelayMs);
    connect(&m_planDelay, &QTimer::timeout, this, &CampaignDraft::replan);
    connect(m_document, &ComposerDocument::recipientSourceChanged, this, &CampaignDraft::onSourceChanged);
    connect(m_document, &ComposerDocument::changed, this, [this] {
        if (!isActive())
            return;
        compile();
        m_planDelay.start();
        clearLayout(); // found on the cards as they were
        // Until every row is planned again, the row on screen says what is wrong at once.
        updateIssues();
        emit planChanged();
    });
    for (BackgroundJob *job : {m_loader, m_planner}) {
        connect(job, &BackgroundJob::runningChanged, this,
                [this] { emit busyChanged(isLoading() || isPlanning()); });
    }
    onSourceChanged();
}

CampaignDraft::~CampaignDraft() = default;

bool CampaignDraft::isActive() const
{
    return m_document->isCampaign();
}

bool CampaignDraft::isLoading() const
{
    return m_loader->isRunning();
}

bool CampaignDraft::isPlanning() const
{
    return m_planner->isRunning() || m_planDelay.isActive();
}

QStringList CampaignDraft::columns() const
{
    return m_sheet.table ? m_sheet.table->columns() : QStringList();
}

qsizetype CampaignDraft::rowCount() const
{
    return m_sheet.table ? m_sheet.table->rowCount() : 0;
}

void CampaignDraft::useSpreadsheet(const Spreadsheet &sheet)
{
    m_sheet = sheet;
    m_changedOnDisk = false;
    m_row = 0;
    // The document hears of it last, so onSourceChanged() finds the rows already here.
    m_document->setRecipientSource(sheet.source);
    if (readAs(m_sheet, m_document->recipientSource()))
        onLoaded(sheet);
}

void CampaignDraft::onSourceChanged()
{
    const RecipientSource &source = m_document->recipientSource();
    if (source.isEmpty()) {
        m_loader->cancel();
        m_planner->cancel();
        m_longest.clear();
        clearLayout();
        m_sheet = {};
        m_template.reset();
        m_plan = {};
        m_row = 0;
        m_changedOnDisk = false;
        updateIssues();
        emit spreadsheetChanged();
        emit planChanged();
        return;
    }
    if (readAs(m_sheet, source))
        return; // useSpreadsheet() brought it
    m_loader->start([this, source](const ReadProgress &progress) -> BackgroundJob::Completion {
        Spreadsheet sheet = Spreadsheet::read(source, progress);
        return [this, sheet = std::move(sheet)] { onLoaded(sheet); };
    });
}

void CampaignDraft::onLoaded(const Spreadsheet &sheet)
{
    const RecipientSource &wanted = m_document->recipientSource();
    m_sheet = sheet;
    m_changedOnDisk = sheet.isLoaded() && !wanted.sha256.isEmpty() && sheet.source.sha256 != wanted.sha256;
    if (m_changedOnDisk) {
        // The campaign goes to the rows as they are now, so that is what the draft says: saving
        // keeps the new checksum and the warning is not repeated on every open. The document is
        // modified, truthfully, and the warning stays for this session.
        RecipientSource source = wanted;
        source.sha256 = sheet.source.sha256;
        m_document->setRecipientSource(source);
    }
    m_row = std::clamp<qsizetype>(m_row, 0, std::max<qsizetype>(0, rowCount() - 1));
    m_longest.clear(); // rows of another table
    clearLayout();
    compile();
    emit spreadsheetChanged();
    emit currentRowChanged(m_row);
    replan();
}

void CampaignDraft::compile()
{
    m_template.reset();
    m_templateProblems.clear();
    if (!m_sheet.table)
        return;
    m_template =
        CampaignTemplate::compileAll(templateJson(m_document->message()), *m_sheet.table, &m_templateProblems);
}

void CampaignDraft::replan()
{
    m_planDelay.stop();
    if (!m_sheet.isLoaded()) {
        m_plan = {};
        updateIssues();
        emit planChanged();
        return;
    }
    const QJsonObject json = templateJson(m_document->message());
    const Spreadsheet sheet = m_sheet;
    m_planner->start([this, json, sheet](const ReadProgress &progress) -> BackgroundJob::Completion {
        CampaignPlan plan =
            CampaignPlan::buildChecked(json, *sheet.table, sheet.numbers, CampaignPlan::kDefaultBatch, progress);
        return [this, plan = std::move(plan)] { onPlanned(plan); };
    });
}

void CampaignDraft::onPlanned(const CampaignPlan &plan)
{
    m_plan = plan;
    m_planProblemRows.clear();
    m_everyRow.clear();
    QHash<QString, qsizetype> rowsOf; // code and field -> rows with that problem
    for (const RowProblem &problem : plan.problems)
        ++rowsOf[problem.code + u'\n' + problem.parameter];
    for (auto it = rowsOf.cbegin(); it != rowsOf.cend(); ++it) {
        if (it.value() == plan.rows)
            m_everyRow.insert(it.key());
    }
    // "Next problem" skips what every row has: that is the template's, fixed in the form.
    for (const RowProblem &problem : plan.problems) {
        const bool own = !m_everyRow.contains(problem.code + u'\n' + problem.parameter);
        if (own && (m_planProblemRows.isEmpty() || m_planProblemRows.constLast() != problem.row))
            m_planProblemRows.append(problem.row);
    }
    mergeProblemRows();
    updateIssues();
    emit planChanged();
    // An older plan back after a newer edit is followed by another: its cards are not checked.
    if (!m_planDelay.isActive())
        checkLayout();
}

void CampaignDraft::setLayoutTargets(const QList<LayoutChecks::Target> &targets)
{
    const bool same = targets.size() == m_layoutTargets.size() &&
                      std::equal(targets.cbegin(), targets.cend(), m_layoutTargets.cbegin(),
                                 [](const LayoutChecks::Target &a, const LayoutChecks::Target &b) {
                                     return a.phone.id == b.phone.id && a.fontScale == b.fontScale;
                                 });
    m_layoutTargets = targets;
    if (same)
        return;
    clearLayout();
    if (!isPlanning())
        checkLayout();
}

bool CampaignDraft::isCheckingLayout() const
{
    return m_layoutJob->isRunning();
}

void CampaignDraft::checkLayout()
{
    if (!m_template || !m_sheet.isLoaded() || m_layoutTargets.isEmpty() || !m_plan.error.isEmpty())
        return;
    const CampaignTemplate campaign = *m_template;
    const std::shared_ptr<const RecipientTable> table = m_sheet.table;
    const QList<LayoutChecks::Target> targets = m_layoutTargets;
    m_layoutJob->start(
        [this, campaign, table, targets](const ReadProgress &progress) -> BackgroundJob::Completion {
            CampaignLayoutScan::Result result =
                CampaignLayoutScan::run(campaign, *table, targets, kLongestRows, progress);
            return [this, result = std::move(result)] { onLayoutChecked(result); };
        });
}

void CampaignDraft::onLayoutChecked(const CampaignLayoutScan::Result &result)
{
    m_layout = result;
    m_longest = result.longest;
    mergeProblemRows();
    updateIssues();
    emit layoutChecked();
}

void CampaignDraft::clearLayout()
{
    m_layoutJob->cancel();
    if (m_layout.groups.isEmpty() && m_layout.rows.isEmpty())
        return;
    m_layout = {};
    mergeProblemRows();
    emit layoutChecked();
}

void CampaignDraft::mergeProblemRows()
{
    m_problemRows.clear();
    std::set_union(m_planProblemRows.cbegin(), m_planProblemRows.cend(), m_layout.rows.cbegin(),
                   m_layout.rows.cend(), std::back_inserter(m_problemRows));
}

void CampaignDraft::setCurrentRow(qsizetype row)
{
    row = std::clamp<qsizetype>(row, 0, std::max<qsizetype>(0, rowCount() - 1));
    if (row == m_row)
        return;
    m_row = row;
    emit currentRowChanged(m_row);
}

QStringList CampaignDraft::rowProblems(qsizetype row) const
{
    QStringList problems;
    if (!m_sheet.table || row < 0 || row >= rowCount())
        return problems;
    const int sheetRow = m_sheet.table->sheetRow(row);
    for (const RowProblem &problem : m_plan.problems) {
        if (problem.row == sheetRow && !m_everyRow.contains(problem.code + u'\n' + problem.parameter))
            problems.append(problem.message);
    }
    return problems;
}

QStringList CampaignDraft::rowLayoutProblems(qsizetype row) const
{
    if (!m_sheet.table || row < 0 || row >= rowCount())
        return {};
    return CampaignLayoutProblems::ofRow(m_layout, m_sheet.table->sheetRow(row));
}

Message CampaignDraft::currentRowMessage(const Message &templateMessage) const
{
    return rowMessage(templateMessage, m_row);
}

Message CampaignDraft::rowMessage(const Message &templateMessage, qsizetype row) const
{
    if (!m_template || !m_sheet.table || row < 0 || row >= rowCount())
        return templateMessage;
    QJsonObject rendered = m_template->render(*m_sheet.table, row);
    const QString e164 = m_sheet.numbers.e164.value(row);
    rendered.insert(QStringLiteral("to"), e164.isEmpty() && m_sheet.numbers.column >= 0
                                              ? m_sheet.table->cell(row, m_sheet.numbers.column).toString()
                                              : e164);
    Message message = MessageCodec::fromJson(rendered).message;
    // What the form keeps for other types stays out of a row's card, as out of what is sent.
    return message;
}

qsizetype CampaignDraft::nextProblemRow() const
{
    if (m_problemRows.isEmpty() || !m_sheet.table)
        return -1;
    const int current = m_sheet.table->sheetRow(m_row);
    auto next = std::upper_bound(m_problemRows.cbegin(), m_problemRows.cend(), current);
    const int sheetRow = next == m_problemRows.cend() ? m_problemRows.constFirst() : *next;
    // Sheet rows ascend with table rows (blank lines are skipped, never reordered).
    const qsizetype rows = rowCount();
    qsizetype low = 0;
    qsizetype high = rows - 1;
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_sheet.table->sheetRow(middle) < sheetRow)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

void CampaignDraft::updateIssues()
{
    m_issues.clear();
    if (!isActive())
        return;
    const QString name = QFileInfo(m_document->recipientSource().path).fileName();
    const QString to = QStringLiteral("to");
    if (!m_sheet.isLoaded() && !isLoading() && !m_sheet.error.isEmpty()) {
        m_issues.append({Severity::Error, QStringLiteral("SOIP-CAMPAIGN-FILE"), to,
                         tr("%1 cannot be used: %2 Choose the file again.").arg(name, m_sheet.error)});
        return;
    }
    if (m_changedOnDisk)
        m_issues.append({Severity::Warning, QStringLiteral("SOIP-CAMPAIGN-FILE-CHANGED"), to,
                         tr("%1 has changed since it was chosen; the campaign goes to its rows as they are now "
                            "(%Ln row(s)).",
                            nullptr, int(rowCount()))
                             .arg(name)});
    if (!m_templateProblems.isEmpty()) {
        // Every mistaken placeholder, and what the card shown has wrong besides (found by hand: an
        // unclosed {{ hid every other problem); a field's own complaint about the {{ is not repeated.
        QSet<QString> mistaken;
        for (const CampaignTemplate::Problem &problem : std::as_const(m_templateProblems)) {
            m_issues.append(
                {Severity::Error, QStringLiteral("SOIP-CAMPAIGN-TEMPLATE"), problem.path, problem.message});
            mistaken.insert(problem.path);
        }
        appendShownRowIssues(mistaken);
        return;
    }
    if (isPlanning()) {
        appendShownRowIssues({});
        return;
    }
    if (!m_plan.error.isEmpty()) {
        m_issues.append({Severity::Error, QStringLiteral("SOIP-CAMPAIGN-TEMPLATE"), {}, m_plan.error});
        return;
    }
    m_issues += groupedProblems() + CampaignLayoutProblems::issues(m_layout, rowCount());
    if (m_sheet.isLoaded() && m_plan.rows > 0 && m_plan.valid == 0 && !hasErrors(m_issues))
        m_issues.append({Severity::Error, QStringLiteral("SOIP-CAMPAIGN-EMPTY"), to,
                         tr("No row of %1 can be sent.").arg(name)});
}

void CampaignDraft::appendShownRowIssues(const QSet<QString> &skipped)
{
    for (const Issue &issue : Validator::validate(currentRowMessage(m_document->message()))) {
        if (issue.parameter != u"to" && !skipped.contains(issue.parameter))
            m_issues.append(issue);
    }
}

QList<Issue> CampaignDraft::groupedProblems() const
{
    struct Group {
        RowProblem first;
        QList<int> rows;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> index; // code, field, column -> group
    for (const RowProblem &problem : m_plan.problems) {
        const QString key = problem.code + u'\n' + problem.parameter + u'\n' + problem.column;
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, groups.size());
            groups.append({problem, {}});
        }
        groups[*it].rows.append(problem.row);
    }
    QList<Issue> issues;
    for (const Group &group : std::as_const(groups)) {
        const int count = int(group.rows.size());
        const bool duplicate = group.first.code == u"SOIP-RECIPIENT-DUPLICATE";
        // A problem of every row is the template's own: said as for a single message, and it stops
        // the campaign as an error does.
        if (count == m_plan.rows && !duplicate && group.first.column.isEmpty()) {
            issues.append({Severity::Error, group.first.code, group.first.parameter, group.first.message});
            continue;
        }
        issues.append({count == m_plan.rows && !duplicate ? Severity::Error : Severity::Warning, group.first.code,
                       group.first.parameter, ofRows(group.first.message, group.first.column, count, group.rows)});
    }
    // What every row has (a past event date in the template) is said as for one message.
    for (const PlanWarning &warning : m_plan.warnings) {
        if (warning.count == m_plan.rows && warning.column.isEmpty()) {
            issues.append({Severity::Warning, warning.code, warning.parameter, warning.message});
            continue;
        }
        issues.append({Severity::Warning, warning.code, warning.parameter,
                       ofRows(warning.message, warning.column, int(warning.count), warning.rows)});
    }
    return issues;
}

QString CampaignDraft::ofRows(const QString &message, const QString &column, int count, const QList<int> &rows)
{
    const QString text = column.isEmpty()
                             ? tr("%Ln row(s): %1", nullptr, count).arg(message)
                             : tr("%Ln row(s): %1 — column “%2”", nullptr, count).arg(message, column);
    return text + u' ' + rowsNamed(rows);
}

QString CampaignDraft::rowsNamed(const QList<int> &rows)
{
    QStringList named;
    for (qsizetype i = 0; i < std::min<qsizetype>(kRowsNamed, rows.size()); ++i)
        named.append(QString::number(rows.at(i)));
    if (rows.size() > kRowsNamed)
        named.append(QStringLiteral("…"));
    return (rows.size() == 1 ? tr("(row %1)") : tr("(rows %1)")).arg(named.join(QStringLiteral(", ")));
}

} // namespace soip
