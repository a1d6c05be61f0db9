#pragma once

#include "campaign/readprogress.h"
#include "campaign/recipientnumbers.h"
#include "campaign/recipientsource.h"
#include "campaign/recipienttable.h"

#include <QStringList>

#include <memory>

namespace soip {

// A campaign's spreadsheet as read: its rows, its numbers checked, and how it was read. Shared
// between the import dialog, the campaign draft and the background threads (the table is never
// changed after reading, so sharing it costs nothing).
struct Spreadsheet {
    RecipientSource source; // as read: the SHA-256 of these bytes, the sheet and delimiter used
    std::shared_ptr<const RecipientTable> table;
    RecipientNumbers numbers;
    QStringList sheets; // a workbook's
    bool workbook = false;
    QString error;
    bool cancelled = false;

    bool isLoaded() const { return table != nullptr; }
    QString phoneColumnName() const;

    // Reads `source` and checks its phone column (the one named, else the one found by name).
    // For a thread: pure, and `progress` may cancel it.
    static Spreadsheet read(const RecipientSource &source, const ReadProgress &progress = {});
    // The same rows with another phone column: only the numbers are checked again.
    static Spreadsheet withPhoneColumn(const Spreadsheet &read, const QString &column,
                                       const ReadProgress &progress = {});
};

} // namespace soip
