#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace soip {

// A spreadsheet as the campaign reads it: the first row's column names, then one row per record.
// Every cell lives in one text buffer (a cell is a range of it), so a million rows cost a handful of
// allocations rather than millions. Filled by CsvReader and XlsxReader.
class RecipientTable final {
    Q_DECLARE_TR_FUNCTIONS(soip::RecipientTable)

public:
    const QStringList &columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rowNumbers.size(); }
    // An empty view for a cell past the end of a short row.
    QStringView cell(qsizetype row, qsizetype column) const;
    // The row's number in the spreadsheet as a person sees it: the header is row 1.
    int sheetRow(qsizetype row) const { return m_rowNumbers.at(row); }
    // Exact name, then case-insensitive; -1 when absent.
    qsizetype columnIndex(QStringView name) const;

    // The phone column: `name` when given, else the first column called phone, mobile, number,
    // to, msisdn, … (any case, spaces and punctuation ignored). -1 when there is none.
    qsizetype phoneColumn(const QString &name = {}) const;
    static QStringList phoneColumnNames();

    // For the readers. Cells of the current row are written into text() and closed by endCell().
    void setColumns(const QStringList &columns) { m_columns = columns; }
    QString &text() { return m_text; }
    void beginRow(int sheetRow);
    void endCell() { m_cellEnds.append(m_text.size()); }
    // Drops the current row when every cell of it is empty (blank lines, Excel's trailing rows).
    void endRow();
    void reserve(qsizetype bytes);

private:
    QStringList m_columns;
    QString m_text;
    QList<qsizetype> m_cellEnds; // end of each cell in m_text
    QList<qsizetype> m_rowCells; // index in m_cellEnds of each row's first cell, plus one past
    QList<int> m_rowNumbers;
    qsizetype m_rowTextStart = 0; // where the current row's text began
};

} // namespace soip
