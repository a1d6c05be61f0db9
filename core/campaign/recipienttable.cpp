#include "recipienttable.h"

#include "hugepages.h"

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
    Q_ASSERT(row >= 0 && row < rowCount());
    const qsizetype first = m_rowCells[size_t(row)];
    const qsizetype count = m_rowCells[size_t(row) + 1] - first;
    if (column < 0 || column >= count)
        return {};
    const Span span = m_cells[size_t(first + column)];
    return QStringView(m_text).sliced(span.begin, span.end - span.begin);
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

void RecipientTable::endCell()
{
    addCell(m_cellStart, m_text.size());
    m_cellStart = m_text.size();
}

void RecipientTable::discardRow()
{
    m_cells.resize(size_t(m_rowCells.back()));
    m_rowNumbers.pop_back();
}

void RecipientTable::reserve(qsizetype cells, qsizetype rows)
{
    m_cells.reserve(size_t(cells));
    m_rowCells.reserve(size_t(rows) + 1);
    m_rowNumbers.reserve(size_t(rows));
    adviseHugePages(m_cells.data(), m_cells.capacity() * sizeof(Span));
    adviseHugePages(m_rowCells.data(), m_rowCells.capacity() * sizeof(qsizetype));
    adviseHugePages(m_rowNumbers.data(), m_rowNumbers.capacity() * sizeof(int));
}

} // namespace soip
