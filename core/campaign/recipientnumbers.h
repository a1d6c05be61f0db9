#pragma once

#include "readprogress.h"
#include "recipienttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace soip {

// The phone column of a spreadsheet, every number checked exactly as the recipients field checks
// it: what a person sees before choosing a file ("40,000 rows, 39,870 valid, 12 invalid, 118
// listed twice") and what CampaignPlan sends to. Computed once per file and phone column, so a
// plan rebuilt on every edit of the template does not check 40,000 numbers again.
struct RecipientNumbers {
    Q_DECLARE_TR_FUNCTIONS(soip::RecipientNumbers)

public:
    struct Invalid {
        int row = 0; // the spreadsheet's row (the header is row 1)
        QString input;
        QString problem; // why, in a sentence
    };
    struct Duplicate {
        int row = 0;
        QString e164;
        int firstRow = 0; // where the number is first
    };

    qsizetype column = -1;  // the phone column, -1 when none was found
    QStringList e164;       // per table row: the normalised number, empty when invalid
    QList<Invalid> invalid; // in row order
    QList<Duplicate> duplicates;
    qsizetype valid = 0; // rows with a number that is fine and not an earlier row's
    bool cancelled = false;

    qsizetype rows() const { return e164.size(); }

    // `column` < 0: none. `progress` may cancel (then the lists are incomplete).
    static RecipientNumbers check(const RecipientTable &table, qsizetype column,
                                  const ReadProgress &progress = {});
};

} // namespace soip
