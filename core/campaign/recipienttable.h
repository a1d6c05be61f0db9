#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace soip {

// A spreadsheet as the campaign reads it: the first row's column names, then one row per record.
// Every cell lives in one text buffer (a cell is a range of it), so a million rows cost a handful of
// allocations rather than millions. Filled by CsvReader (which hands over the whole decoded file and
// names each cell's range in it, so no cell is copied) and XlsxReader (which appends cells).
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

    // For the readers. Cells of the current row are either written at the end of text() and closed
    // by endCell(), or named as a range of text() by addCell().
    void setColumns(const QStringList &columns) { m_columns = columns; }
    QString &text() { return m_text; }
    void setText(QString &&text) { m_text = std::move(text); }
    void beginRow(int sheetRow);
    void endCell();
    void addCell(qsizetype begin, qsizetype end)
    {
        m_cells.push_back({begin, end});
        m_rowHasText = m_rowHasText || end > begin;
    }
    // Drops the current row when every cell of it is empty (blank lines, Excel's trailing rows).
    void endRow();
    // Drops the current row whatever it holds (a reader that starts it again).
    void discardRow();
    // For about `cells` cells in `rows` rows.
    void reserve(qsizetype cells, qsizetype rows);

private:
    struct Span {
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    QStringList m_columns;
    QString m_text;
    // Each cell's range in m_text, row after row. A std::vector because QList's append is not
    // inlined: for four million cells the call took as long as scanning for them (perf).
    std::vector<Span> m_cells;
    QList<qsizetype> m_rowCells; // index in m_cells of each row's first cell, plus one past
    QList<int> m_rowNumbers;
    qsizetype m_cellStart = 0; // where endCell()'s cell began
    bool m_rowHasText = false;
};

} // namespace soip
