#include "journalrowsmodel.h"

#include "net/deliverystatus.h"

#include <QSet>

namespace soip {

JournalRowsModel::JournalRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JournalRowsModel::setRows(const QList<JournalRow> &rows)
{
    beginResetModel();
    m_all = rows;
    applyFilter();
    endResetModel();
}

void JournalRowsModel::setFilter(std::optional<RowState> state, const QString &code)
{
    beginResetModel();
    m_state = state;
    m_code = code;
    applyFilter();
    endResetModel();
}

void JournalRowsModel::applyFilter()
{
    m_shown.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const JournalRow &row = m_all.at(i);
        if ((!m_state || row.state == *m_state) && (m_code.isEmpty() || row.code == m_code))
            m_shown.append(int(i));
    }
}

QStringList JournalRowsModel::codes() const
{
    QSet<QString> found;
    for (const JournalRow &row : m_all) {
        if (!row.code.isEmpty())
            found.insert(row.code);
    }
    QStringList sorted(found.cbegin(), found.cend());
    sorted.sort();
    return sorted;
}

QString JournalRowsModel::stateLabel(RowState state)
{
    switch (state) {
    case RowState::Pending:
        return tr("Pending");
    case RowState::InFlight:
        return tr("In flight");
    case RowState::Accepted:
        return tr("Accepted");
    case RowState::Rejected:
        return tr("Rejected");
    case RowState::NotSent:
        return tr("Not sent");
    case RowState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString JournalRowsModel::deliveryLabel(const JournalRow &row)
{
    if (row.status.isEmpty())
        return row.messageId.isEmpty() ? QString() : tr("Not asked yet");
    return DeliveryStatus::explain(DeliveryStatus::codeForName(row.status));
}

QString JournalRowsModel::text(int row, int column) const
{
    const JournalRow &entry = m_all.at(m_shown.at(row));
    switch (column) {
    case Row:
        return QString::number(entry.row);
    case Number:
        return entry.to;
    case State:
        return stateLabel(entry.state);
    case Code:
        return entry.code;
    case VendorMessage:
        return entry.message;
    case MessageId:
        return entry.messageId;
    case Delivery:
        return deliveryLabel(entry);
    }
    return {};
}

QStringList JournalRowsModel::headers() const
{
    QStringList names;
    for (int column = 0; column < ColumnCount; ++column)
        names << headerData(column, Qt::Horizontal).toString();
    return names;
}

int JournalRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JournalRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == Qt::ToolTipRole && index.column() == Delivery)
        return m_all.at(m_shown.at(index.row())).status;
    // Row numbers sort as numbers.
    if (role == Qt::UserRole)
        return index.column() == Row ? QVariant(m_all.at(m_shown.at(index.row())).row)
                                     : QVariant(text(index.row(), index.column()));
    return {};
}

QVariant JournalRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Number:
        return tr("Number");
    case State:
        return tr("State");
    case Code:
        return tr("Vendor code");
    case VendorMessage:
        return tr("Vendor message");
    case MessageId:
        return tr("Message id");
    case Delivery:
        return tr("Delivery status");
    }
    return {};
}

} // namespace soip
