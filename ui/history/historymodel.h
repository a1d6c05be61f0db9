#pragma once

#include "storage/historyquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace soip {

// The History window's list: sends and campaigns merged newest first (or oldest first), read from a
// HistoryQuery one page at a time as the view scrolls (canFetchMore/fetchMore), so a history of
// 100,000 sends costs one page to open. Campaigns are few and read at once; they are placed
// between the pages of sends by time.
class HistoryModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, What, To, Type, Account, Outcome, ColumnCount };
    static constexpr int kPageSize = 200;

    // `query` is not owned and must outlive the model.
    explicit HistoryModel(const HistoryQuery *query, QObject *parent = nullptr);

    void setFilter(const HistoryFilter &filter);
    HistoryFilter filter() const { return m_filter; }
    // Reads again from the first page (new sends, changed statuses).
    void reload();

    const HistoryEntry &entry(int row) const { return m_entries.at(row); }
    // The row of the campaign `id`, reading further pages until it is found; -1 if it is not listed.
    int rowOfCampaign(const QString &id);
    // Every matching entry (all pages), for export.
    QList<HistoryEntry> allEntries();
    // Sends and campaigns matching the filter, without reading them all.
    qint64 totalCount() const { return m_sendCount + m_campaigns.size(); }
    // The text the view shows in a cell, for export.
    QString text(const HistoryEntry &entry, int column) const;
    QStringList headers() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Only by time: the history is read in pages in that order.
    void sort(int column, Qt::SortOrder order) override;

private:
    QList<HistoryEntry> nextPage();

    const HistoryQuery *m_query = nullptr;
    HistoryFilter m_filter;
    QList<HistoryEntry> m_entries;
    QList<HistoryEntry> m_campaigns; // all matching, in order; m_nextCampaign is the first not shown
    qsizetype m_nextCampaign = 0;
    std::optional<HistoryEntry> m_lastSend;
    bool m_sendsDone = false;
    qint64 m_sendCount = 0;
};

} // namespace soip
