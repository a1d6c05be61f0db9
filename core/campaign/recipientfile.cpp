#include "recipientfile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace soip {

RecipientFile RecipientFile::read(const QString &path, const QString &sheet, QChar delimiter)
{
    RecipientFile result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1 does not exist.").arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("%1 is not a regular file.").arg(path);
        return result;
    }
    if (info.size() > kMaxBytes) {
        result.error = tr("%1 is larger than %2 MiB.").arg(path).arg(kMaxBytes / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return result;
    }
    // One byte over the limit tells a file that grew while it was read.
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        result.error = tr("%1 is larger than %2 MiB.").arg(path).arg(kMaxBytes / (1024 * 1024));
        return result;
    }
    result.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (bytes.startsWith("PK\x03\x04")) {
        XlsxReader::Result xlsx = XlsxReader::read(bytes, sheet);
        if (!xlsx.table)
            result.error = tr("%1: %2").arg(path, xlsx.error);
        result.table = std::move(xlsx.table);
        return result;
    }
    if (!sheet.isEmpty()) {
        result.error = tr("%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks.").arg(path);
        return result;
    }
    CsvReader::Result csv = CsvReader::read(bytes, delimiter);
    if (!csv.table) {
        result.error = tr("%1: %2").arg(path, csv.error);
        return result;
    }
    result.table = std::move(csv.table);
    return result;
}

} // namespace soip
