#include "historymodel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace soip {

HistoryModel::HistoryModel(const HistoryQuery *query, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(query)
{}

void HistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_campaigns = m_query->campaigns(m_filter);
    m_nextCampaign = 0;
    m_lastSend.reset();
    m_sendsDone = false;
    m_sendCount = m_query->countSends(m_filter);
    m_entries = nextPage();
    endResetModel();
}

QList<HistoryEntry> HistoryModel::nextPage()
{
    QList<HistoryEntry> page;
    if (!m_sendsDone) {
        page = m_query->sends(m_filter, m_lastSend ? &*m_lastSend : nullptr, kPageSize);
        m_sendsDone = page.size() < kPageSize;
        if (!page.isEmpty())
            m_lastSend = page.last();
    }
    // The campaigns that belong before the last send read (all that are left once the sends are).
    const auto before = [this](const HistoryEntry &campaign) {
        if (m_sendsDone || !m_lastSend)
            return true;
        return m_filter.oldestFirst ? !HistoryEntry::newerThan(campaign, *m_lastSend)
                                    : HistoryEntry::newerThan(campaign, *m_lastSend);
    };
    qsizetype end = m_nextCampaign;
    while (end < m_campaigns.size() && before(m_campaigns.at(end)))
        ++end;
    if (end > m_nextCampaign) {
        page.append(m_campaigns.mid(m_nextCampaign, end - m_nextCampaign));
        m_nextCampaign = end;
        std::stable_sort(page.begin(), page.end(), [this](const HistoryEntry &a, const HistoryEntry &b) {
            return m_filter.oldestFirst ? HistoryEntry::newerThan(b, a) : HistoryEntry::newerThan(a, b);
        });
    }
    return page;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && (!m_sendsDone || m_nextCampaign < m_campaigns.size());
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryEntry> page = nextPage();
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries.append(page);
    endInsertRows();
}

int HistoryModel::rowOfCampaign(const QString &id)
{
    for (;;) {
        for (qsizetype row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).kind == HistoryEntry::Kind::Campaign && m_entries.at(row).campaignId == id)
                return int(row);
        }
        const bool listed = std::any_of(m_campaigns.cbegin(), m_campaigns.cend(),
                                        [&id](const HistoryEntry &campaign) { return campaign.campaignId == id; });
        if (!listed || !canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

QList<HistoryEntry> HistoryModel::allEntries()
{
    while (canFetchMore({}))
        fetchMore({});
    return m_entries;
}

void HistoryModel::sort(int column, Qt::SortOrder order)
{
    Q_UNUSED(column)
    const bool oldestFirst = order == Qt::AscendingOrder;
    if (oldestFirst == m_filter.oldestFirst)
        return;
    m_filter.oldestFirst = oldestFirst;
    reload();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::text(const HistoryEntry &entry, int column) const
{
    const bool campaign = entry.kind == HistoryEntry::Kind::Campaign;
    switch (column) {
    case When:
        return QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
    case What:
        return campaign ? tr("Campaign, %n recipient(s)", nullptr, int(entry.rows)) : tr("Single send");
    case To:
        return entry.target;
    case Type:
        return entry.type;
    case Account:
        return entry.account;
    case Outcome:
        if (!campaign)
            return entry.outcome;
        if (entry.outcome == u"finished")
            return tr("Finished");
        if (entry.outcome == u"running")
            return tr("Running");
        return tr("Interrupted");
    }
    return {};
}

QStringList HistoryModel::headers() const
{
    QStringList names;
    for (int column = 0; column < ColumnCount; ++column)
        names << headerData(column, Qt::Horizontal).toString();
    return names;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return text(entry, index.column());
    if (role == Qt::ToolTipRole && index.column() == When)
        return QLocale().toString(entry.when.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case What:
        return tr("What");
    case To:
        return tr("To");
    case Type:
        return tr("Type");
    case Account:
        return tr("Account");
    case Outcome:
        return tr("Outcome");
    }
    return {};
}

} // namespace soip
