#include "campaignplan.h"

#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QHash>
#include <QJsonDocument>

namespace soip {

namespace {

struct Verdict {
    QList<Issue> errors;
    QList<Issue> warnings;
};

Verdict verdictOf(const QJsonObject &rendered, const QString &to)
{
    QJsonObject message = rendered;
    message.insert(QStringLiteral("to"), to);
    Verdict verdict;
    for (const Issue &issue : Validator::validate(MessageCodec::fromJson(message)))
        (issue.isError() ? verdict.errors : verdict.warnings).append(issue);
    return verdict;
}

} // namespace

QString CampaignPlan::noPhoneColumn(const RecipientTable &table, const QString &phoneColumn)
{
    return phoneColumn.isEmpty()
               ? tr("No column holds the phone numbers. Name it phone, mobile, number or msisdn, or give "
                    "it with --phone-column. The columns are: %1.")
                     .arg(table.columns().join(u", "))
               : tr("There is no column \"%1\". The columns are: %2.")
                     .arg(phoneColumn, table.columns().join(u", "));
}

CampaignPlan CampaignPlan::build(const QJsonObject &templateJson, const RecipientTable &table,
                                 const QString &phoneColumn, int batch)
{
    const qsizetype phone = table.phoneColumn(phoneColumn);
    if (phone < 0) {
        CampaignPlan plan;
        plan.rows = table.rowCount();
        plan.error = noPhoneColumn(table, phoneColumn);
        return plan;
    }
    return buildChecked(templateJson, table, RecipientNumbers::check(table, phone), batch);
}

CampaignPlan CampaignPlan::buildChecked(const QJsonObject &templateJson, const RecipientTable &table,
                                        const RecipientNumbers &numbers, int batch, const ReadProgress &progress)
{
    CampaignPlan plan;
    plan.rows = table.rowCount();
    if (numbers.column < 0 || numbers.rows() != table.rowCount()) {
        plan.error = noPhoneColumn(table, {});
        return plan;
    }
    const QString phoneName = table.columns().value(numbers.column);
    const std::optional<CampaignTemplate> compiled = CampaignTemplate::compile(templateJson, table, &plan.error);
    if (!compiled)
        return plan;
    batch = std::clamp(batch, 1, 10000);

    // Validation results by rendered body: without placeholders the message is validated once.
    QHash<QByteArray, Verdict> verdicts;
    QHash<QString, qsizetype> warningOf;      // code and field -> its entry in plan.warnings
    QHash<QByteArray, qsizetype> openRequest; // body -> index of its request still filling up
    QHash<QString, int> firstRowOf;           // E.164 -> the row that has it first
    auto invalid = numbers.invalid.cbegin();

    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        if (progress && row % 1024 == 0 && !progress(double(row) / double(table.rowCount()))) {
            plan.cancelled = true;
            return plan;
        }
        const int sheetRow = table.sheetRow(row);
        const QJsonObject rendered = compiled->render(table, row);
        const QByteArray body = QJsonDocument(rendered).toJson(QJsonDocument::Compact);
        auto verdict = verdicts.constFind(body);
        if (verdict == verdicts.cend()) {
            // Validated with a number that is fine, so only the message's own problems are kept.
            verdict = verdicts.insert(body, verdictOf(rendered, QStringLiteral("919876543210")));
        }
        bool ok = true;
        const QString &e164 = numbers.e164.at(row);
        if (e164.isEmpty()) {
            while (invalid != numbers.invalid.cend() && invalid->row < sheetRow)
                ++invalid;
            const QString number = invalid != numbers.invalid.cend() ? invalid->input : QString();
            // The validator's own words and code for this number.
            for (const Issue &issue :
                 verdictOf(rendered, number.isEmpty() ? QStringLiteral(",") : number).errors) {
                if (issue.parameter == u"to") {
                    plan.problems.append({sheetRow, phoneName, issue.code, issue.parameter,
                                          number.isEmpty() ? tr("The phone number is empty.") : issue.message});
                    break;
                }
            }
            ok = false;
        }
        for (const Issue &issue : verdict->errors) {
            plan.problems.append({sheetRow, compiled->columnsAt(issue.parameter).join(u", "), issue.code,
                                  issue.parameter, issue.message});
            ok = false;
        }
        for (const Issue &issue : verdict->warnings) {
            const QString key = issue.code + u'\n' + issue.parameter;
            qsizetype index = warningOf.value(key, -1);
            if (index < 0) {
                index = plan.warnings.size();
                warningOf.insert(key, index);
                plan.warnings.append({issue.code,
                                      issue.parameter,
                                      compiled->columnsAt(issue.parameter).join(u", "),
                                      issue.message,
                                      {},
                                      0});
            }
            PlanWarning &warning = plan.warnings[index];
            if (warning.rows.size() < PlanWarning::kRowsKept)
                warning.rows.append(sheetRow);
            ++warning.count;
        }
        if (!ok)
            continue;
        // Among the rows that can be sent: a row whose message fails does not take its number.
        if (const auto first = firstRowOf.constFind(e164); first != firstRowOf.cend()) {
            plan.problems.append({sheetRow, phoneName, QStringLiteral("SOIP-RECIPIENT-DUPLICATE"),
                                  QStringLiteral("to"),
                                  tr("%1 is already in row %2; it is sent once.").arg(e164).arg(*first)});
            ++plan.duplicates;
            continue;
        }
        firstRowOf.insert(e164, sheetRow);
        ++plan.valid;
        qsizetype index = openRequest.value(body, -1);
        if (index < 0 || plan.requests.at(index).rows.size() >= batch) {
            plan.requests.append({body, {}, {}});
            index = plan.requests.size() - 1;
            openRequest.insert(body, index);
        }
        PlannedRequest &request = plan.requests[index];
        request.rows.append(sheetRow);
        request.recipients.append(e164);
    }
    return plan;
}

} // namespace soip
