#include "spreadsheet.h"

#include "campaign/recipientfile.h"

namespace soip {

namespace {
// Reading the file is most of the wait; checking the numbers the rest.
constexpr double kReadShare = 0.7;
} // namespace

QString Spreadsheet::phoneColumnName() const
{
    return table && numbers.column >= 0 ? table->columns().value(numbers.column) : QString();
}

Spreadsheet Spreadsheet::read(const RecipientSource &source, const ReadProgress &progress)
{
    Spreadsheet sheet;
    sheet.source = source;
    const ReadProgress reading =
        !progress ? ReadProgress() : [&progress](double fraction) { return progress(kReadShare * fraction); };
    RecipientFile file = RecipientFile::read(source.path, source.sheet, source.delimiter, reading);
    sheet.workbook = file.workbook;
    sheet.sheets = file.sheets;
    sheet.cancelled = file.cancelled;
    if (!file.table) {
        sheet.error = file.error;
        return sheet;
    }
    sheet.source.sha256 = file.sha256;
    sheet.source.sheet = file.workbook ? file.sheet : QString();
    sheet.table = std::make_shared<const RecipientTable>(std::move(*file.table));
    const ReadProgress checking = !progress ? ReadProgress() : [&progress](double fraction) {
        return progress(kReadShare + (1 - kReadShare) * fraction);
    };
    sheet.numbers = RecipientNumbers::check(*sheet.table, sheet.table->phoneColumn(source.phoneColumn), checking);
    sheet.cancelled = sheet.numbers.cancelled;
    return sheet;
}

Spreadsheet Spreadsheet::withPhoneColumn(const Spreadsheet &read, const QString &column,
                                         const ReadProgress &progress)
{
    Spreadsheet sheet = read;
    sheet.source.phoneColumn = column;
    if (sheet.table) {
        sheet.numbers = RecipientNumbers::check(*sheet.table, sheet.table->phoneColumn(column), progress);
        sheet.cancelled = sheet.numbers.cancelled;
    }
    return sheet;
}

} // namespace soip
