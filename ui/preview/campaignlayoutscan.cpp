#include "campaignlayoutscan.h"

#include "json/messagecodec.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace soip {

namespace {

// How often the scan reports and asks whether to go on: a few new cards on eight layouts take a
// few milliseconds, so an edit or closing the window (which waits for the thread) is not held up.
constexpr qsizetype kRowsPerReport = 16;

struct Card {
    QList<Issue> issues;
    qsizetype length = 0;
    qsizetype firstRow = 0; // table row
};

} // namespace

qsizetype CampaignLayoutScan::shownLength(const Message &message)
{
    qsizetype length =
        message.body.size() + message.category.size() + message.subCategory.size() + message.coreEntity.size();
    for (const QString &title : message.titles)
        length += title.size();
    for (const Action &action : message.actions)
        length += action.label.size();
    return length;
}

CampaignLayoutScan::Result CampaignLayoutScan::run(const CampaignTemplate &campaign, const RecipientTable &table,
                                                   const QList<LayoutChecks::Target> &targets, int longest,
                                                   const ReadProgress &progress)
{
    Result result;
    QList<qsizetype> used;
    for (const QString &column : campaign.columns())
        used.append(table.columnIndex(column));
    QList<Card> cards;
    QHash<QString, qsizetype> cardOf;  // the used cells of a row -> its card
    QHash<QString, qsizetype> groupOf; // code and field -> group
    const qsizetype rows = table.rowCount();
    QString key;
    for (qsizetype row = 0; row < rows; ++row) {
        if (row % kRowsPerReport == 0 && progress && !progress(double(row) / double(rows)))
            break;
        key.clear();
        for (const qsizetype column : std::as_const(used)) {
            key += table.cell(row, column);
            key += QChar(0x1F); // the unit separator: cells "a","bc" and "ab","c" stay apart
        }
        auto card = cardOf.constFind(key);
        if (card == cardOf.cend()) {
            const Message message = MessageCodec::fromJson(campaign.render(table, row)).message;
            card = cardOf.insert(key, cards.size());
            cards.append({LayoutChecks::check(message, targets, nullptr), shownLength(message), row});
        }
        const QList<Issue> &issues = cards.at(*card).issues;
        if (issues.isEmpty())
            continue;
        const int sheetRow = table.sheetRow(row);
        result.rows.append(sheetRow);
        for (const Issue &issue : issues) {
            const QString groupKey = issue.code + u'\n' + issue.parameter;
            auto group = groupOf.constFind(groupKey);
            if (group == groupOf.cend()) {
                group = groupOf.insert(groupKey, result.groups.size());
                result.groups.append(
                    {issue.code, issue.parameter, campaign.columnsAt(issue.parameter), issue.message, {}});
            }
            result.groups[*group].rows.append(sheetRow);
        }
    }
    result.cards = cards.size();
    // The distinct cards with the most text, each named by its first row: the worst cases to look at.
    QList<qsizetype> order(cards.size());
    std::iota(order.begin(), order.end(), 0);
    const qsizetype kept = std::min<qsizetype>(std::max(longest, 0), order.size());
    std::partial_sort(order.begin(), order.begin() + kept, order.end(), [&cards](qsizetype a, qsizetype b) {
        return cards.at(a).length != cards.at(b).length ? cards.at(a).length > cards.at(b).length : a < b;
    });
    for (qsizetype i = 0; i < kept; ++i)
        result.longest.append(cards.at(order.at(i)).firstRow);
    return result;
}

} // namespace soip
