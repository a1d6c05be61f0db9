#include "campaigncli.h"
#include "storage/savetarget.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace soip::cli {

namespace {

QString csvCell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

// Asks for the delivery status of the accepted rows, 100 ids a query, and stores the answers.
bool refreshStatus(CampaignJournal &journal, const CampaignRecord &record, const QList<JournalRow> &rows)
{
    NetSession session;
    Account account;
    if (!record.accountId.isEmpty()) {
        if (const std::optional<Account> saved = session.service().store().findById(record.accountId))
            account = *saved;
    }
    if (account.sid.isEmpty()) {
        account.name = record.accountName;
        account.sid = record.sid;
        account.baseUrl = record.baseUrl;
    }
    const KeyLookup key = SendService::wait(session.service().lookUpKey(account));
    if (!key.found()) {
        err() << Cli::tr("soip campaign report: no API key, so the delivery status could not be asked. Give it "
                         "as for the send (%1=... or the account's keychain entry).\n")
                     .arg(QString::fromLatin1(kKeyVariable));
        return false;
    }
    const CampaignJournal::StatusQuery query = CampaignJournal::statusQuery(rows);
    QStringList ids;
    const auto ask = [&] {
        const StatusOutcome outcome = waitFor(session.service().queryStatus(account, key.key, ids));
        ids.clear();
        if (outcome.kind != StatusOutcome::Kind::Ok) {
            err() << u"soip campaign report: "_s << outcome.explanation() << u'\n';
            return false;
        }
        if (!journal.setStatuses(record.id, query, outcome.statuses)) {
            err() << u"soip campaign report: "_s << journal.errorString() << u'\n';
            return false;
        }
        return true;
    };
    for (const QString &messageId : query.messageIds) {
        ids.append(messageId);
        if (ids.size() == 100 && !ask())
            return false;
    }
    return ids.isEmpty() || ask();
}

} // namespace

int runCampaignList(const QStringList &arguments)
{
    const bool json = arguments.contains(u"--json"_s);
    if (arguments.size() > (json ? 1 : 0)) {
        err() << Cli::tr("soip campaign list: the only option is --json.\n");
        return ExitUsage;
    }
    CampaignJournal journal;
    if (!openJournal(journal, u"list"_s))
        return ExitInvalid;
    for (const CampaignRecord &record : journal.list()) {
        const CampaignCounts counts = journal.counts(record.id);
        if (json) {
            out() << QJsonDocument(
                         QJsonObject{{u"id"_s, record.id},
                                     {u"name"_s, record.name},
                                     {u"state"_s, record.state},
                                     {u"rows"_s, counts.rows},
                                     {u"accepted"_s, counts.of(RowState::Accepted)},
                                     {u"rejected"_s, counts.of(RowState::Rejected)},
                                     {u"unknown"_s, counts.of(RowState::Unknown)},
                                     {u"not_sent"_s, counts.of(RowState::NotSent)},
                                     {u"pending"_s, counts.of(RowState::Pending) + counts.of(RowState::InFlight)}})
                         .toJson(QJsonDocument::Compact)
                  << u'\n';
        } else {
            out() << record.id << u"  "_s << record.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                  << u"  "_s << record.state << u"  "_s << record.name << u"  "_s
                  << Cli::tr("%1 of %n row(s) accepted", nullptr, int(counts.rows))
                         .arg(counts.of(RowState::Accepted))
                  << u'\n';
        }
    }
    return ExitOk;
}

int runCampaignReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Cli::tr("One JSON object per row.")});
    parser.addOption({u"csv"_s, Cli::tr("Write the rows to FILE as CSV."), Cli::tr("FILE")});
    parser.addOption({u"refresh-status"_s, Cli::tr("Ask for the delivery status first.")});
    if (!parser.parse(QStringList{u"soip campaign report"_s} + arguments) ||
        parser.positionalArguments().size() != 1) {
        err() << Cli::tr("soip campaign report: give one campaign id (see 'soip campaign list').\n");
        return ExitUsage;
    }
    CampaignJournal journal;
    if (!openJournal(journal, u"report"_s))
        return ExitInvalid;
    const std::optional<CampaignRecord> record = journal.find(parser.positionalArguments().first());
    if (!record) {
        err() << Cli::tr("soip campaign report: there is no campaign %1.\n")
                     .arg(parser.positionalArguments().first());
        return ExitInvalid;
    }
    QList<JournalRow> rows = journal.rows(record->id);
    if (parser.isSet(u"refresh-status"_s)) {
        if (!refreshStatus(journal, *record, rows))
            return ExitNetwork;
        rows = journal.rows(record->id);
    }
    if (parser.isSet(u"csv"_s)) {
        if (const QString refusal = SaveTarget::refusal(parser.value(u"csv"_s)); !refusal.isEmpty()) {
            err() << Cli::tr("soip campaign report: %1\n").arg(refusal);
            return ExitInvalid;
        }
        QSaveFile file(parser.value(u"csv"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            err()
                << Cli::tr("soip campaign report: cannot write %1: %2\n").arg(file.fileName(), file.errorString());
            return ExitInvalid;
        }
        QByteArray text = "row,to,state,kid,message_id,code,message,status\r\n";
        for (const JournalRow &row : std::as_const(rows)) {
            const QStringList cells = {QString::number(row.row),
                                       row.to,
                                       rowStateName(row.state),
                                       row.kid,
                                       row.messageId,
                                       row.code,
                                       row.message,
                                       row.status};
            QStringList quoted;
            for (const QString &cell : cells)
                quoted.append(csvCell(cell));
            text += quoted.join(u',').toUtf8() + "\r\n";
        }
        file.write(text);
        if (!file.commit()) {
            err()
                << Cli::tr("soip campaign report: cannot write %1: %2\n").arg(file.fileName(), file.errorString());
            return ExitInvalid;
        }
        return ExitOk;
    }
    for (const JournalRow &row : std::as_const(rows)) {
        if (parser.isSet(u"json"_s)) {
            out() << QJsonDocument(QJsonObject{{u"row"_s, row.row},
                                               {u"to"_s, row.to},
                                               {u"state"_s, rowStateName(row.state)},
                                               {u"kid"_s, row.kid},
                                               {u"message_id"_s, row.messageId},
                                               {u"code"_s, row.code},
                                               {u"message"_s, row.message},
                                               {u"status"_s, row.status}})
                         .toJson(QJsonDocument::Compact)
                  << u'\n';
        } else {
            out() << row.row << u"  "_s << row.to << u"  "_s << rowStateName(row.state);
            for (const QString &extra : {row.messageId, row.code, row.message, row.status}) {
                if (!extra.isEmpty())
                    out() << u"  "_s << extra;
            }
            out() << u'\n';
        }
    }
    return ExitOk;
}

} // namespace soip::cli
