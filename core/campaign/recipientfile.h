#pragma once

#include "readprogress.h"
#include "recipienttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace soip {

// A recipients file named by a person: a regular file (a FIFO or a device would block or never
// end), not over the size limit, read as CSV, or as XLSX when its bytes are a zip archive.
struct RecipientFile {
    Q_DECLARE_TR_FUNCTIONS(soip::RecipientFile)

public:
    static constexpr qint64 kMaxBytes = qint64(512) * 1024 * 1024;

    std::optional<RecipientTable> table;
    QString error;
    QByteArray sha256;      // hex, of the bytes read
    bool workbook = false;  // XLSX, not CSV
    QStringList sheets;     // a workbook's sheets
    QString sheet;          // the sheet read
    QChar delimiter;        // a CSV file's, as given or found
    bool cancelled = false; // `progress` asked to stop

    // `progress` (optional) hears how far the read is and may cancel it.
    static RecipientFile read(const QString &path, const QString &sheet = {}, QChar delimiter = {},
                              const ReadProgress &progress = {});
    // Only the SHA-256 of the file as it is now (hex), to notice that a spreadsheet changed; empty
    // when it cannot be read.
    static QByteArray checksum(const QString &path);
};

} // namespace soip
