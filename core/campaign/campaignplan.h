#pragma once

#include "campaigntemplate.h"
#include "readprogress.h"
#include "recipientnumbers.h"
#include "recipienttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

// A row that will not be sent, and why: its spreadsheet row, the column at fault (the phone
// column, or the column of a placeholder when known), the validator's code and JSON path.
struct RowProblem {
    int row = 0;
    QString column;
    QString code;
    QString parameter;
    QString message;
};

// One request the campaign makes: one rendered message and up to `batch` numbers.
struct PlannedRequest {
    QByteArray body;        // the rendered message's canonical JSON, `to` left out
    QList<int> rows;        // spreadsheet rows, in order
    QStringList recipients; // their numbers, E.164, in the same order
};

// Something to check that does not stop a row (an event date already past): said once per kind,
// in the words of its first row, as for one message.
struct PlanWarning {
    QString code;
    QString parameter;
    QString column; // of the placeholder it comes from, when known
    QString message;
    QList<int> rows; // the first spreadsheet rows that have it, at most kRowsKept
    qsizetype count = 0;

    static constexpr int kRowsKept = 10;
};

// Every row rendered, validated with the app's Validator, deduplicated and grouped into requests:
// rows whose rendered message is identical (always, without placeholders) share a request.
struct CampaignPlan {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignPlan)

public:
    qsizetype rows = 0;
    qsizetype valid = 0;
    qsizetype duplicates = 0; // rows whose number an earlier row has: sent once, not an error
    QList<PlannedRequest> requests;
    QList<RowProblem> problems;
    QList<PlanWarning> warnings;
    QString error; // the whole campaign cannot run (no phone column, a placeholder with no column)
    bool cancelled = false;

    static constexpr int kDefaultBatch = 100;

    // `templateJson` is the template message's canonical JSON.
    static CampaignPlan build(const QJsonObject &templateJson, const RecipientTable &table,
                              const QString &phoneColumn = {}, int batch = kDefaultBatch);
    // With the numbers of `table` already checked (the app checks them once per file, then plans
    // again on every edit of the template). `progress` may cancel.
    static CampaignPlan buildChecked(const QJsonObject &templateJson, const RecipientTable &table,
                                     const RecipientNumbers &numbers, int batch,
                                     const ReadProgress &progress = {});
    // Why the phone column cannot be found, naming the columns there are.
    static QString noPhoneColumn(const RecipientTable &table, const QString &phoneColumn);
};

} // namespace soip
