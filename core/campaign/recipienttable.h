#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <limits>
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
    qsizetype rowCount() const { return qsizetype(m_rowNumbers.size()); }
    // An empty view for a cell past the end of a short row.
    QStringView cell(qsizetype row, qsizetype column) const;
    // The row's number in the spreadsheet as a person sees it: the header is row 1.
    int sheetRow(qsizetype row) const { return m_rowNumbers[size_t(row)]; }
    // Exact name, then case-insensitive; -1 when absent.
    qsizetype columnIndex(QStringView name) const;

    // The phone column: `name` when given, else the first column called phone, mobile, number,
    // to, msisdn, … (any case, spaces and punctuation ignored). -1 when there is none.
    qsizetype phoneColumn(const QString &name = {}) const;
    static QStringList phoneColumnNames();

    // For the readers. Cells of the current row are either written at the end of text() and closed
    // by endCell(), or named as a range of text() by addCell(). The text stays within kMaxText
    // units (a reader checks), so that a cell's range takes 8 bytes instead of 16.
    static constexpr qsizetype kMaxText = std::numeric_limits<quint32>::max();
    void setColumns(const QStringList &columns) { m_columns = columns; }
    QString &text() { return m_text; }
    void setText(QString &&text) { m_text = std::move(text); }
    // Always inline: called, with the registers they save, they took a tenth of a CSV read (perf).
    Q_ALWAYS_INLINE void beginRow(int sheetRow)
    {
        if (m_rowCells.empty())
            m_rowCells.push_back(0);
        m_rowNumbers.push_back(sheetRow);
        m_cellStart = m_text.size();
        m_rowHasText = false;
    }
    void endCell();
    Q_ALWAYS_INLINE void addCell(qsizetype begin, qsizetype end)
    {
        m_cells.push_back({quint32(begin), quint32(end)});
        m_rowHasText = m_rowHasText || end > begin;
    }
    // Drops the current row when every cell of it is empty (blank lines, Excel's trailing rows).
    Q_ALWAYS_INLINE void endRow()
    {
        if (!m_rowHasText)
            discardRow(); // nothing but empty cells: not a record
        else
            m_rowCells.push_back(qsizetype(m_cells.size()));
    }
    // Drops the current row whatever it holds (a reader that starts it again).
    void discardRow();
    // For about `cells` cells in `rows` rows.
    void reserve(qsizetype cells, qsizetype rows);

private:
    struct Span {
        quint32 begin = 0;
        quint32 end = 0;
    };

    QStringList m_columns;
    QString m_text;
    // Each cell's range in m_text, row after row. std::vectors because QList's append is not
    // inlined: for four million cells the call took as long as scanning for them (perf).
    std::vector<Span> m_cells;
    std::vector<qsizetype> m_rowCells; // index in m_cells of each row's first cell, plus one past
    std::vector<int> m_rowNumbers;
    qsizetype m_cellStart = 0; // where endCell()'s cell began
    bool m_rowHasText = false;
};

} // namespace soip
