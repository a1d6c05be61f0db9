#pragma once

#include "storage/campaignjournal.h"

#include <optional>
#include <QAbstractTableModel>
#include <QList>

namespace soip {

// A campaign's rows for the delivery report, filtered by state and vendor code.
class JournalRowsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Row, Number, State, Code, VendorMessage, MessageId, Delivery, ColumnCount };

    explicit JournalRowsModel(QObject *parent = nullptr);

    void setRows(const QList<JournalRow> &rows);
    // Shows only rows in `state` (none: every state) with vendor `code` (empty: every code).
    void setFilter(std::optional<RowState> state, const QString &code);
    const QList<JournalRow> &allRows() const { return m_all; }
    QStringList codes() const; // the vendor codes present, sorted

    QString text(int row, int column) const;
    QStringList headers() const;

    // Words for people: "Accepted", "Not sent", …; and a delivery status in plain language.
    static QString stateLabel(RowState state);
    static QString deliveryLabel(const JournalRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<JournalRow> m_all;
    QList<int> m_shown; // indexes into m_all
    std::optional<RowState> m_state;
    QString m_code;
};

} // namespace soip
