#include "recipientnumbers.h"

#include "recipients/phonenumbercheck.h"

#include <QHash>

namespace soip {

namespace {
constexpr qsizetype kRowsPerProgress = 2048;
} // namespace

RecipientNumbers RecipientNumbers::check(const RecipientTable &table, qsizetype column,
                                         const ReadProgress &progress)
{
    RecipientNumbers numbers;
    numbers.column = column;
    if (column < 0)
        return numbers;
    const qsizetype rows = table.rowCount();
    numbers.e164.reserve(rows);
    QHash<QString, int> firstRowOf; // E.164 -> the row that has it first
    firstRowOf.reserve(rows);
    for (qsizetype row = 0; row < rows; ++row) {
        if (progress && row % kRowsPerProgress == 0 && !progress(double(row) / double(rows))) {
            numbers.cancelled = true;
            return numbers;
        }
        const int sheetRow = table.sheetRow(row);
        const QStringView cell = table.cell(row, column).trimmed();
        // Nearly every row is a valid Indian mobile: answered without building a Recipient.
        QString e164 = PhoneNumberCheck::fastValidE164(cell);
        if (e164.isEmpty()) {
            const QString input = cell.toString();
            const Recipient recipient = PhoneNumberCheck::checkRecipient(input);
            if (!recipient.valid) {
                numbers.invalid.append(
                    {sheetRow, input, input.isEmpty() ? tr("The phone number is empty.") : recipient.problemText});
                numbers.e164.append(QString());
                continue;
            }
            e164 = recipient.e164;
        }
        if (const auto first = firstRowOf.constFind(e164); first != firstRowOf.cend()) {
            numbers.duplicates.append({sheetRow, e164, *first});
        } else {
            firstRowOf.insert(e164, sheetRow);
            ++numbers.valid;
        }
        numbers.e164.append(std::move(e164));
    }
    return numbers;
}

} // namespace soip
