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
        const QString input = table.cell(row, column).trimmed().toString();
        const Recipient recipient = PhoneNumberCheck::checkRecipient(input);
        if (!recipient.valid) {
            numbers.invalid.append(
                {sheetRow, input, input.isEmpty() ? tr("The phone number is empty.") : recipient.problemText});
        } else if (const auto first = firstRowOf.constFind(recipient.e164); first != firstRowOf.cend()) {
            numbers.duplicates.append({sheetRow, recipient.e164, *first});
        } else {
            firstRowOf.insert(recipient.e164, sheetRow);
            ++numbers.valid;
        }
        numbers.e164.append(recipient.valid ? recipient.e164 : QString());
    }
    return numbers;
}

} // namespace soip
