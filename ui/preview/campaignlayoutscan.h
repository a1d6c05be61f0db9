#pragma once

#include "campaign/campaigntemplate.h"
#include "campaign/readprogress.h"
#include "campaign/recipienttable.h"
#include "preview/layoutchecks.h"

#include <QList>
#include <QString>

namespace soip {

// The layout checks over every row of a campaign: each row's card rendered from the template, laid
// out on the targets with the preview's own layout, and what breaks grouped by kind, field and
// column as the plan's problems are. A card is checked once however many rows make it: a row's
// card depends only on the cells of the columns the template names, and most campaigns repeat
// values a lot. Pure and made to run on a thread (CampaignDraft starts it after the plan):
// the preview keeps its font and text caches per thread, and pictures are left out, since only the
// row shown has its picture loaded (its own layout check covers it).
class CampaignLayoutScan final {
public:
    // One kind of layout problem in some rows.
    struct Group {
        QString code;
        QString path;
        QStringList columns; // feeding the field; empty for a field of fixed text
        QString what;        // as LayoutChecks says it, for the first of the rows
        QList<int> rows;     // sheet rows, ascending
    };

    struct Result {
        QList<Group> groups;
        QList<int> rows;          // sheet rows with any layout problem, ascending
        QList<qsizetype> longest; // table rows of the cards with the most text, most first
        qsizetype cards = 0;      // distinct cards laid out
    };

    // Stops early, with what it found so far, when `progress` returns false.
    static Result run(const CampaignTemplate &campaign, const RecipientTable &table,
                      const QList<LayoutChecks::Target> &targets, int longest, const ReadProgress &progress);

    // The characters of a card a reader sees: titles, body, category lines and button labels.
    static qsizetype shownLength(const Message &message);
};

} // namespace soip
