#pragma once

// Fills a history the way the app and `soip` do: sends through SendHistory::record, campaigns
// through CampaignJournal::create and record. Shared by the storage test, the GUI test and the
// benchmark.

#include "accounts/account.h"
#include "campaign/campaignplan.h"
#include "model/message.h"
#include "net/sendoutcome.h"
#include "storage/campaignjournal.h"
#include "storage/sendhistory.h"
#include "json/messagecodec.h"

#include <QJsonDocument>
#include <QStringList>

namespace historyfixture {

inline soip::Account account(const QString &name = QStringLiteral("Shop"))
{
    soip::Account account;
    account.id = name.toLower();
    account.name = name;
    account.sid = QStringLiteral("HXIN1234");
    return account;
}

inline soip::Message message(const QString &to, const QString &body, const QString &type = QStringLiteral("TXT"))
{
    const QByteArray json = "{\"to\": \"" + to.toUtf8() + "\", \"from\": \"SHOPIN\", \"type\": \"" +
                            type.toUtf8() + "\", \"body\": \"" + body.toUtf8() + "\", \"title\": [\"Sale\"]}";
    return soip::MessageCodec::read(json).message;
}

inline soip::SendOutcome accepted(const QString &kid, const QStringList &numbers)
{
    soip::SendOutcome outcome;
    outcome.kind = soip::SendOutcome::Kind::Accepted;
    outcome.httpStatus = 202;
    outcome.kid = kid;
    for (qsizetype i = 0; i < numbers.size(); ++i)
        outcome.recipients.append({kid + QLatin1Char(':') + QString::number(i), numbers.at(i)});
    return outcome;
}

inline soip::SendOutcome rejected()
{
    soip::SendOutcome outcome;
    outcome.kind = soip::SendOutcome::Kind::Rejected;
    outcome.httpStatus = 400;
    return outcome;
}

// A campaign of `numbers` in one request; `states` (one per number) are recorded after it ran.
inline QString campaign(soip::CampaignJournal &journal, const QString &name, const QStringList &numbers,
                        const QString &kid, const QList<soip::RowState> &states)
{
    soip::CampaignRecord record;
    record.name = name;
    record.accountName = QStringLiteral("Shop");
    record.accountId = QStringLiteral("shop");
    record.sid = QStringLiteral("HXIN1234");
    record.sourceName = QStringLiteral("customers.csv");
    const soip::Message card =
        message(QString(), QStringLiteral("Diwali offer for {{name}}"), QStringLiteral("TXT"));
    record.templateJson =
        QJsonDocument(soip::MessageCodec::toJson(card.withOnlyFieldsOfType())).toJson(QJsonDocument::Compact);
    soip::CampaignPlan plan;
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        // One request per row, so each row can end in its own state.
        soip::PlannedRequest request;
        request.body = record.templateJson;
        request.rows = {int(i) + 2};
        request.recipients = {numbers.at(i)};
        plan.requests.append(request);
    }
    plan.rows = plan.valid = numbers.size();
    const QString id = journal.create(record, plan);
    QList<int> seqs;
    for (int i = 0; i < numbers.size(); ++i)
        seqs << i;
    journal.markInFlight(id, seqs);
    QList<soip::CampaignJournal::Outcome> outcomes;
    for (int i = 0; i < numbers.size(); ++i) {
        soip::CampaignJournal::Outcome outcome;
        outcome.seq = i;
        outcome.state = states.value(i, soip::RowState::Accepted);
        if (outcome.state == soip::RowState::Accepted) {
            outcome.kid = kid + QString::number(i);
            outcome.echo = {{numbers.at(i), outcome.kid + QStringLiteral(":0")}};
        } else if (outcome.state == soip::RowState::Rejected) {
            outcome.code = QStringLiteral("E715");
            outcome.message = QStringLiteral("Invalid number");
        }
        if (outcome.state != soip::RowState::InFlight)
            outcomes << outcome;
    }
    journal.record(id, outcomes);
    journal.setState(id, QStringLiteral("finished"));
    return id;
}

} // namespace historyfixture
