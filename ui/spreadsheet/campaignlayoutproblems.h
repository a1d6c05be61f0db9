#pragma once

#include "preview/campaignlayoutscan.h"
#include "validation/issue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace soip {

// What the layout checks of every row found, said as the Problems list says a campaign's other
// problems: one warning per kind, field and column, with the count and the first rows ("37 rows:
// Title 1 does not fit … — column “name” is long (rows 2, 5, 9, …)"). Warnings only: a card that
// looks cut still reaches its reader, so the layout never stops Send.
class CampaignLayoutProblems final {
    Q_DECLARE_TR_FUNCTIONS(soip::CampaignLayoutProblems)

public:
    // `rows` is the campaign's row count: a fixed text that breaks on every card is the template's
    // own and is left to the row shown's check, which says it already.
    static QList<Issue> issues(const CampaignLayoutScan::Result &result, qsizetype rows);
    // The findings in sheet row `sheetRow`, as LayoutChecks says them.
    static QStringList ofRow(const CampaignLayoutScan::Result &result, int sheetRow);
};

} // namespace soip
