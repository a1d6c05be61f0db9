#pragma once

#include "recipienttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

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
    QByteArray sha256; // hex, of the bytes read

    static RecipientFile read(const QString &path, const QString &sheet = {}, QChar delimiter = {});
};

} // namespace soip
