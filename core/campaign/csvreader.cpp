#include "csvreader.h"

#include "csvscan.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace soip {

namespace {
constexpr int kRecordsPerProgress = 4096;
constexpr char16_t kNul = 0;

// The text of the bytes (BOM, else UTF-8), with NULs left in: read() finds them while it scans
// instead of in a pass of its own over the whole file.
QString decodeText(QByteArrayView bytes, QString *error)
{
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = QStringDecoder::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = QStringDecoder::Utf16BE;
        skip = 2;
    } else if (bytes.size() >= 4 && bytes.at(1) == '\0' && bytes.at(3) == '\0' && bytes.at(0) != '\0') {
        encoding = QStringDecoder::Utf16LE; // UTF-16 without its mark: ASCII with every other byte zero
    }
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.sliced(skip));
    if (decoder.hasError()) {
        *error = encoding == QStringDecoder::Utf8
                     ? CsvReader::tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".")
                     : CsvReader::tr("The file is not valid UTF-16 text.");
        return {};
    }
    return text;
}

QString binaryError()
{
    return CsvReader::tr("The file holds binary data, not text: is it a spreadsheet saved in another format?");
}
} // namespace

QString CsvReader::decode(QByteArrayView bytes, QString *error)
{
    QString text = decodeText(bytes, error);
    if (text.contains(QChar(0))) {
        *error = binaryError();
        return {};
    }
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Count the candidates on the first line, outside quotes.
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'\n' || c == u'\r')
            break;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

CsvReader::Result CsvReader::read(QByteArrayView bytes, QChar delimiter, const ReadProgress &progress)
{
    Result result;
    QString text = decodeText(bytes, &result.error);
    if (!result.error.isEmpty())
        return result;
    result.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const char16_t separator = result.delimiter.unicode();
    // A problem in the file's structure; a NUL anywhere says more (the file is not text at all).
    const auto fail = [&](const QString &error) {
        result.error = text.contains(QChar(0)) ? binaryError() : error;
        return result;
    };

    // Cells are ranges of the decoded text, which the table keeps: nothing is copied but the
    // unquoted content of cells with doubled quotes, in place (it only ever shrinks).
    char16_t *const begin = reinterpret_cast<char16_t *>(text.data());
    const char16_t *const end = begin + text.size();
    char16_t *p = begin;
    RecipientTable table;
    table.reserve(text.size() / 8, text.size() / 32); // a guess; growing past it costs little
    int record = 0;                                   // the record's number (the header is 1)
    int line = 1;                                     // the line a problem is reported on
    QStringList header;
    bool inHeader = true;

    while (p < end) {
        ++record;
        if (progress && record % kRecordsPerProgress == 0 && !progress(double(p - begin) / double(end - begin))) {
            result.cancelled = true;
            result.error = tr("Reading the file was cancelled.");
            return result;
        }
        const int recordLine = line;
        if (!inHeader)
            table.beginRow(record);
        // One record: cells up to an unquoted line end.
        while (true) {
            char16_t *cellBegin = p;
            char16_t *cellEnd = nullptr;
            if (p < end && *p == u'"') {
                cellBegin = ++p;
                char16_t *out = p; // where the cell's next unquoted character goes
                while (true) {
                    const char16_t *q = csvscan::findAny(p, end, u'"', u'\n', kNul, u'"');
                    const bool lineBreak = q < end && *q == u'\n';
                    const qsizetype kept = q - p + (lineBreak ? 1 : 0); // a line break is part of the cell
                    if (out != p)
                        std::memmove(out, p, sizeof(char16_t) * size_t(kept));
                    out += kept;
                    p += kept;
                    if (lineBreak) {
                        ++line;
                        continue;
                    }
                    if (p == end)
                        return fail(tr("Row %1 (line %2): a quoted cell is not closed; a \" is missing.")
                                        .arg(record)
                                        .arg(recordLine));
                    if (*p == kNul)
                        return fail(binaryError());
                    ++p;                         // past the quote
                    if (p < end && *p == u'"') { // a doubled quote is one quote
                        *out++ = u'"';
                        ++p;
                        continue;
                    }
                    break;
                }
                cellEnd = out;
                // After the closing quote only a delimiter or the line end may follow.
                if (p < end && *p != separator && *p != u'\n' && *p != u'\r')
                    return fail(tr("Row %1 (line %2): text follows a closing quote; inside a quoted cell a "
                                   "quote is written twice (\"\").")
                                    .arg(record)
                                    .arg(line));
            } else {
                p = csvscan::findAny(p, end, separator, u'\n', u'\r', kNul);
                if (p < end && *p == kNul)
                    return fail(binaryError());
                cellEnd = p;
            }
            if (inHeader)
                header.append(QStringView(cellBegin, cellEnd).trimmed().toString());
            else
                table.addCell(cellBegin - begin, cellEnd - begin);
            if (p < end && *p == separator) {
                ++p;
                continue;
            }
            break; // line end or end of text
        }
        if (p < end && *p == u'\r')
            ++p;
        if (p < end && *p == u'\n')
            ++p;
        ++line;
        if (inHeader) {
            const bool blank =
                std::all_of(header.cbegin(), header.cend(), [](const QString &c) { return c.isEmpty(); });
            if (blank) {
                header.clear();
                continue; // blank lines before the header
            }
            inHeader = false;
        } else {
            table.endRow();
        }
    }
    if (header.isEmpty()) {
        result.error = tr("The file is empty: the first row must hold the column names.");
        return result;
    }
    QSet<QString> seen;
    for (const QString &name : std::as_const(header)) {
        if (name.isEmpty())
            continue;
        if (seen.contains(name)) {
            result.error = tr("The column name \"%1\" appears twice in the first row.").arg(name);
            return result;
        }
        seen.insert(name);
    }
    table.setColumns(header);
    table.setText(std::move(text));
    result.table = std::move(table);
    return result;
}

} // namespace soip
