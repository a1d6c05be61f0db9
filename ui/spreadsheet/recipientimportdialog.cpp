#include "recipientimportdialog.h"

#include "backgroundjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace soip {

RecipientImportDialog::RecipientImportDialog(const RecipientSource &source, QWidget *parent)
    : QDialog(parent)
    , m_job(new BackgroundJob(this))
{
    setObjectName(QStringLiteral("recipientImportDialog"));
    setWindowTitle(tr("Recipients from a file"));
    m_sheet.source = source;

    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileLabel->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Reading the file"));
    m_cancelRead = new QPushButton(tr("&Stop reading"), this);
    m_cancelRead->setObjectName(QStringLiteral("importCancelReadButton"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelRead);

    m_sheetBox = new QComboBox(this);
    m_sheetBox->setObjectName(QStringLiteral("importSheetComboBox"));
    m_delimiterBox = new QComboBox(this);
    m_delimiterBox->setObjectName(QStringLiteral("importDelimiterComboBox"));
    m_delimiterBox->addItem(tr("Found by itself"), QString());
    m_delimiterBox->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterBox->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterBox->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterBox->setCurrentIndex(qMax(0, m_delimiterBox->findData(QString(source.delimiter))));
    m_phoneBox = new QComboBox(this);
    m_phoneBox->setObjectName(QStringLiteral("importPhoneColumnComboBox"));
    auto *options = new QFormLayout;
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetLabel->setBuddy(m_sheetBox);
    m_delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiterLabel->setBuddy(m_delimiterBox);
    options->addRow(m_sheetLabel, m_sheetBox);
    options->addRow(m_delimiterLabel, m_delimiterBox);
    options->addRow(tr("&Phone numbers in:"), m_phoneBox);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("The first rows of the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setMinimumHeight(180);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCountsLabel"));
    m_counts->setWordWrap(true);
    m_invalid = new QListWidget(this);
    m_invalid->setObjectName(QStringLiteral("importInvalidList"));
    m_invalid->setAccessibleName(tr("Rows whose number cannot be used"));
    m_invalid->setMaximumHeight(110);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use these recipients"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("importUseButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addLayout(progressRow);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_invalid);
    layout->addWidget(m_buttons);
    resize(760, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancelRead, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_fileLabel->setText(tr("Reading %1 was stopped. Choose another sheet or delimiter to read it again, or "
                                "Cancel.")
                                 .arg(QFileInfo(m_sheet.source.path).fileName()));
    });
    connect(m_job, &BackgroundJob::progress, this,
            [this](double fraction) { m_progress->setValue(int(fraction * 1000)); });
    connect(m_job, &BackgroundJob::runningChanged, this, &RecipientImportDialog::setReading);
    connect(m_sheetBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            read(chosenSource());
    });
    connect(m_delimiterBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            read(chosenSource());
    });
    connect(m_phoneBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            recheck(m_phoneBox->currentData().toString());
    });
    const bool workbook = source.path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive);
    m_sheetLabel->setVisible(workbook);
    m_sheetBox->setVisible(workbook);
    m_delimiterLabel->setVisible(!workbook);
    m_delimiterBox->setVisible(!workbook);
    read(source);
}

RecipientImportDialog::~RecipientImportDialog() = default;

RecipientSource RecipientImportDialog::chosenSource() const
{
    RecipientSource source = m_sheet.source;
    source.sheet = m_sheet.workbook ? m_sheetBox->currentText() : QString();
    const QString delimiter = m_delimiterBox->currentData().toString();
    source.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    // Another sheet has other columns: the phone column is found again.
    if (source.sheet != m_sheet.source.sheet)
        source.phoneColumn.clear();
    return source;
}

void RecipientImportDialog::read(const RecipientSource &source)
{
    m_fileLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(source.path)));
    m_job->start([this, source](const ReadProgress &progress) -> BackgroundJob::Completion {
        Spreadsheet sheet = Spreadsheet::read(source, progress);
        return [this, sheet = std::move(sheet)] { show(sheet); };
    });
}

void RecipientImportDialog::recheck(const QString &phoneColumn)
{
    if (!m_sheet.isLoaded())
        return;
    const Spreadsheet read = m_sheet;
    m_job->start([this, read, phoneColumn](const ReadProgress &progress) -> BackgroundJob::Completion {
        Spreadsheet sheet = Spreadsheet::withPhoneColumn(read, phoneColumn, progress);
        return [this, sheet = std::move(sheet)] { show(sheet); };
    });
}

void RecipientImportDialog::setReading(bool reading)
{
    m_progress->setVisible(reading);
    m_cancelRead->setVisible(reading);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!reading && m_sheet.isLoaded() && m_sheet.numbers.valid > 0);
}

void RecipientImportDialog::show(const Spreadsheet &sheet)
{
    m_sheet = sheet;
    m_updating = true;
    const QString name = QFileInfo(sheet.source.path).fileName();
    m_sheetLabel->setVisible(sheet.workbook);
    m_sheetBox->setVisible(sheet.workbook);
    m_delimiterLabel->setVisible(!sheet.workbook);
    m_delimiterBox->setVisible(!sheet.workbook);
    m_sheetBox->clear();
    m_sheetBox->addItems(sheet.sheets);
    m_sheetBox->setCurrentIndex(qMax(0, m_sheetBox->findText(sheet.source.sheet)));
    m_phoneBox->clear();
    if (sheet.table) {
        for (const QString &column : sheet.table->columns())
            m_phoneBox->addItem(column, column);
        m_phoneBox->setCurrentIndex(int(sheet.numbers.column));
    }
    m_updating = false;
    if (!sheet.isLoaded()) {
        m_fileLabel->setText(tr("%1 cannot be used: %2").arg(name, sheet.error));
        m_table->clear();
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        m_counts->clear();
        m_invalid->clear();
        m_invalid->hide();
        setReading(false);
        return;
    }
    m_fileLabel->setText(QDir::toNativeSeparators(sheet.source.path));
    showTable();
    showCounts();
    setReading(m_job->isRunning());
}

void RecipientImportDialog::showTable()
{
    const RecipientTable &table = *m_sheet.table;
    const qsizetype rows = std::min<qsizetype>(kPreviewRows, table.rowCount());
    m_table->clear();
    m_table->setColumnCount(int(table.columns().size()));
    m_table->setRowCount(int(rows));
    m_table->setHorizontalHeaderLabels(table.columns());
    QStringList rowNumbers;
    for (qsizetype row = 0; row < rows; ++row) {
        rowNumbers.append(QString::number(table.sheetRow(row)));
        for (qsizetype column = 0; column < table.columns().size(); ++column)
            m_table->setItem(int(row), int(column), new QTableWidgetItem(table.cell(row, column).toString()));
    }
    m_table->setVerticalHeaderLabels(rowNumbers);
    if (m_sheet.numbers.column >= 0) {
        QTableWidgetItem *header = m_table->horizontalHeaderItem(int(m_sheet.numbers.column));
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
        header->setToolTip(tr("The phone numbers"));
    }
    m_table->resizeColumnsToContents();
}

void RecipientImportDialog::showCounts()
{
    const RecipientNumbers &numbers = m_sheet.numbers;
    m_invalid->clear();
    if (numbers.column < 0) {
        m_counts->setText(tr("No column was found for the phone numbers: choose it above."));
        m_invalid->hide();
        return;
    }
    const int rows = int(m_sheet.table->rowCount());
    // %Ln: with the locale's digit grouping (40,000).
    QStringList parts{tr("%Ln row(s)", nullptr, rows), tr("%Ln valid number(s)", nullptr, int(numbers.valid))};
    if (!numbers.invalid.isEmpty())
        parts.append(tr("%Ln invalid", nullptr, int(numbers.invalid.size())));
    if (!numbers.duplicates.isEmpty())
        parts.append(tr("%Ln listed twice (sent once)", nullptr, int(numbers.duplicates.size())));
    m_counts->setText(parts.join(QStringLiteral(" · ")));
    for (const RecipientNumbers::Invalid &row : numbers.invalid) {
        if (m_invalid->count() >= kListedInvalid)
            break;
        m_invalid->addItem(tr("Row %1: %2").arg(row.row).arg(row.problem));
    }
    if (numbers.invalid.size() > m_invalid->count())
        m_invalid->addItem(tr("… and %n more", nullptr, int(numbers.invalid.size() - m_invalid->count())));
    m_invalid->setVisible(m_invalid->count() > 0);
}

} // namespace soip
