#include "campaignlayoutproblems.h"

#include "campaigndraft.h"

#include <algorithm>

namespace soip {

QList<Issue> CampaignLayoutProblems::issues(const CampaignLayoutScan::Result &result, qsizetype rows)
{
    QList<Issue> issues;
    for (const CampaignLayoutScan::Group &group : result.groups) {
        const int count = int(group.rows.size());
        if (group.columns.isEmpty() && count == rows)
            continue;
        const QString columns = group.columns.join(QStringLiteral(", "));
        // Text too long for its place comes from a long value; a character the fonts lack does not.
        const bool tooLong = group.code != u"SOIP-LAYOUT-TOFU";
        QString text;
        if (columns.isEmpty())
            text = tr("%Ln row(s): %1", nullptr, count).arg(group.what);
        else if (tooLong)
            text = tr("%Ln row(s): %1 — column “%2” is long", nullptr, count).arg(group.what, columns);
        else
            text = tr("%Ln row(s): %1 — column “%2”", nullptr, count).arg(group.what, columns);
        issues.append(
            {Severity::Warning, group.code, group.path, text + u' ' + CampaignDraft::rowsNamed(group.rows)});
    }
    return issues;
}

QStringList CampaignLayoutProblems::ofRow(const CampaignLayoutScan::Result &result, int sheetRow)
{
    QStringList problems;
    for (const CampaignLayoutScan::Group &group : result.groups) {
        if (std::binary_search(group.rows.cbegin(), group.rows.cend(), sheetRow))
            problems.append(group.what);
    }
    return problems;
}

} // namespace soip
