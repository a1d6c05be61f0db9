#include "recipientfile.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace soip {

namespace {

// Reading the bytes is this share of the progress bar; parsing them the rest.
constexpr double kReadShare = 0.3;
constexpr qint64 kChunk = qint64(4) * 1024 * 1024;

// The file, at most `limit` + 1 bytes, in chunks so that a progress bar moves and Cancel works.
QByteArray readAll(QFile &file, qint64 limit, const ReadProgress &progress, bool *cancelled)
{
    QByteArray bytes;
    const qint64 expected = std::max<qint64>(1, file.size());
    while (bytes.size() <= limit) {
        const QByteArray chunk = file.read(std::min(kChunk, limit + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes.append(chunk);
        if (progress && !progress(kReadShare * std::min(1.0, double(bytes.size()) / double(expected)))) {
            *cancelled = true;
            return {};
        }
    }
    return bytes;
}

} // namespace

QByteArray RecipientFile::checksum(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex();
}

RecipientFile RecipientFile::read(const QString &path, const QString &sheet, QChar delimiter,
                                  const ReadProgress &progress)
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
    const QByteArray bytes = readAll(file, kMaxBytes, progress, &result.cancelled);
    if (result.cancelled) {
        result.error = tr("Reading the file was cancelled.");
        return result;
    }
    if (bytes.size() > kMaxBytes) {
        result.error = tr("%1 is larger than %2 MiB.").arg(path).arg(kMaxBytes / (1024 * 1024));
        return result;
    }
    result.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    // The parsers report their own 0..1; the bar continues from where reading the bytes left it.
    const ReadProgress parsing = !progress ? ReadProgress() : [&progress](double fraction) {
        return progress(kReadShare + (1 - kReadShare) * fraction);
    };
    if (bytes.startsWith("PK\x03\x04")) {
        XlsxReader::Result xlsx = XlsxReader::read(bytes, sheet, parsing);
        result.workbook = true;
        result.sheets = xlsx.sheets;
        result.sheet = xlsx.sheet;
        result.cancelled = xlsx.cancelled;
        if (!xlsx.table)
            result.error = xlsx.cancelled ? xlsx.error : tr("%1: %2").arg(path, xlsx.error);
        result.table = std::move(xlsx.table);
        return result;
    }
    if (!sheet.isEmpty()) {
        result.error = tr("%1 is a CSV file, which has no sheets; --sheet is for Excel workbooks.").arg(path);
        return result;
    }
    CsvReader::Result csv = CsvReader::read(bytes, delimiter, parsing);
    result.delimiter = csv.delimiter;
    result.cancelled = csv.cancelled;
    if (!csv.table) {
        result.error = csv.cancelled ? csv.error : tr("%1: %2").arg(path, csv.error);
        return result;
    }
    result.table = std::move(csv.table);
    return result;
}

} // namespace soip
