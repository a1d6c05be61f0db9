#include "campaignplan.h"

#include "recipients/phonenumbercheck.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QHash>
#include <QJsonDocument>

namespace soip {

namespace {

QList<Issue> errorsOf(const QJsonObject &rendered, const QString &to)
{
    QJsonObject message = rendered;
    message.insert(QStringLiteral("to"), to);
    QList<Issue> errors;
    for (const Issue &issue : Validator::validate(MessageCodec::fromJson(message))) {
        if (issue.isError())
            errors.append(issue);
    }
    return errors;
}

} // namespace

CampaignPlan CampaignPlan::build(const QJsonObject &templateJson, const RecipientTable &table,
                                 const QString &phoneColumn, int batch)
{
    CampaignPlan plan;
    plan.rows = table.rowCount();
    const qsizetype phone = table.phoneColumn(phoneColumn);
    if (phone < 0) {
        plan.error =
            phoneColumn.isEmpty()
                ? tr("No column holds the phone numbers. Name it phone, mobile, number or msisdn, or give "
                     "it with --phone-column. The columns are: %1.")
                      .arg(table.columns().join(u", "))
                : tr("There is no column \"%1\". The columns are: %2.")
                      .arg(phoneColumn, table.columns().join(u", "));
        return plan;
    }
    const QString phoneName = table.columns().at(phone);
    const std::optional<CampaignTemplate> compiled = CampaignTemplate::compile(templateJson, table, &plan.error);
    if (!compiled)
        return plan;
    batch = std::clamp(batch, 1, 10000);

    // Validation results by rendered body: without placeholders the message is validated once.
    QHash<QByteArray, QList<Issue>> verdicts;
    QHash<QByteArray, qsizetype> openRequest; // body -> index of its request still filling up
    QHash<QString, int> firstRowOf;           // E.164 -> the row that has it first

    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const int sheetRow = table.sheetRow(row);
        const QString number = table.cell(row, phone).trimmed().toString();
        const Recipient recipient = PhoneNumberCheck::checkRecipient(number);
        const QJsonObject rendered = compiled->render(table, row);
        const QByteArray body = QJsonDocument(rendered).toJson(QJsonDocument::Compact);
        auto verdict = verdicts.constFind(body);
        if (verdict == verdicts.cend()) {
            // Validated with a number that is fine, so only the message's own problems are kept.
            QList<Issue> errors = errorsOf(rendered, QStringLiteral("919876543210"));
            verdict = verdicts.insert(body, errors);
        }
        bool ok = true;
        if (!recipient.valid) {
            // The validator's own words and code for this number.
            for (const Issue &issue : errorsOf(rendered, number.isEmpty() ? QStringLiteral(",") : number)) {
                if (issue.parameter == u"to") {
                    plan.problems.append({sheetRow, phoneName, issue.code, issue.parameter,
                                          number.isEmpty() ? tr("The phone number is empty.") : issue.message});
                    break;
                }
            }
            ok = false;
        }
        for (const Issue &issue : *verdict) {
            plan.problems.append({sheetRow, {}, issue.code, issue.parameter, issue.message});
            ok = false;
        }
        if (!ok)
            continue;
        if (const auto first = firstRowOf.constFind(recipient.e164); first != firstRowOf.cend()) {
            plan.problems.append(
                {sheetRow, phoneName, QStringLiteral("SOIP-RECIPIENT-DUPLICATE"), QStringLiteral("to"),
                 tr("%1 is already in row %2; it is sent once.").arg(recipient.e164).arg(*first)});
            ++plan.duplicates;
            continue;
        }
        firstRowOf.insert(recipient.e164, sheetRow);
        ++plan.valid;
        qsizetype index = openRequest.value(body, -1);
        if (index < 0 || plan.requests.at(index).rows.size() >= batch) {
            plan.requests.append({body, {}, {}});
            index = plan.requests.size() - 1;
            openRequest.insert(body, index);
        }
        PlannedRequest &request = plan.requests[index];
        request.rows.append(sheetRow);
        request.recipients.append(recipient.e164);
    }
    return plan;
}

} // namespace soip
