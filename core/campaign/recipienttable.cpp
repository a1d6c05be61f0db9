#include "recipienttable.h"

namespace soip {

namespace {
// "Mobile No." -> "mobileno"
QString key(QStringView name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}
} // namespace

QStringView RecipientTable::cell(qsizetype row, qsizetype column) const
{
    const qsizetype first = m_rowCells.at(row);
    const qsizetype count = m_rowCells.at(row + 1) - first;
    if (column < 0 || column >= count)
        return {};
    const qsizetype index = first + column;
    const qsizetype begin = index == 0 ? 0 : m_cellEnds.at(index - 1);
    return QStringView(m_text).sliced(begin, m_cellEnds.at(index) - begin);
}

qsizetype RecipientTable::columnIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i) == name)
            return i;
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList RecipientTable::phoneColumnNames()
{
    // In order of preference: a sheet with both "Phone" and "Number" (an order number) means the first.
    return {QStringLiteral("phone"),         QStringLiteral("mobile"),       QStringLiteral("msisdn"),
            QStringLiteral("phonenumber"),   QStringLiteral("mobilenumber"), QStringLiteral("mobileno"),
            QStringLiteral("phoneno"),       QStringLiteral("cell"),         QStringLiteral("cellphone"),
            QStringLiteral("contactnumber"), QStringLiteral("whatsapp"),     QStringLiteral("to"),
            QStringLiteral("number")};
}

qsizetype RecipientTable::phoneColumn(const QString &name) const
{
    if (!name.isEmpty())
        return columnIndex(name);
    QStringList keys;
    for (const QString &column : m_columns)
        keys.append(key(column));
    for (const QString &wanted : phoneColumnNames()) {
        if (const qsizetype index = keys.indexOf(wanted); index >= 0)
            return index;
    }
    return -1;
}

void RecipientTable::beginRow(int sheetRow)
{
    if (m_rowCells.isEmpty())
        m_rowCells.append(0);
    m_rowNumbers.append(sheetRow);
    m_rowTextStart = m_text.size();
}

void RecipientTable::endRow()
{
    const qsizetype first = m_rowCells.last();
    if (m_text.size() == m_rowTextStart) {
        // Nothing but empty cells: not a record.
        m_cellEnds.resize(first);
        m_rowNumbers.removeLast();
        return;
    }
    m_rowCells.append(m_cellEnds.size());
}

void RecipientTable::reserve(qsizetype bytes)
{
    m_text.reserve(bytes);
    m_cellEnds.reserve(bytes / 12);
    m_rowCells.reserve(bytes / 48);
    m_rowNumbers.reserve(bytes / 48);
}

} // namespace soip
