#pragma once

#include "spreadsheet.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace soip {

class BackgroundJob;

// "Recipients from a file": reads the spreadsheet on a thread of its own (a progress bar and
// Cancel; the window never freezes), then shows its first rows, the phone column (changeable), the
// delimiter or sheet, and the counts: rows, valid numbers, invalid ones with their row numbers and
// numbers listed twice. Accepting hands the rows over as they were read, so they are not read again.
class RecipientImportDialog final : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 50;
    static constexpr int kListedInvalid = 200;

    // Starts reading `source` (its path, and the sheet, delimiter and phone column wanted).
    explicit RecipientImportDialog(const RecipientSource &source, QWidget *parent = nullptr);
    ~RecipientImportDialog() override;

    // What was read, once accepted.
    const Spreadsheet &spreadsheet() const { return m_sheet; }

private:
    void read(const RecipientSource &source);
    void recheck(const QString &phoneColumn);
    void show(const Spreadsheet &sheet);
    void showTable();
    void showCounts();
    void setReading(bool reading);
    RecipientSource chosenSource() const;

    BackgroundJob *m_job = nullptr;
    Spreadsheet m_sheet;
    bool m_updating = false;
    QLabel *m_fileLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelRead = nullptr;
    QComboBox *m_sheetBox = nullptr;
    QComboBox *m_delimiterBox = nullptr;
    QComboBox *m_phoneBox = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_counts = nullptr;
    QListWidget *m_invalid = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace soip
