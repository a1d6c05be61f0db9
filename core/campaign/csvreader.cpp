#include "csvreader.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>

namespace soip {

namespace {
constexpr int kRecordsPerProgress = 4096;
} // namespace

QString CsvReader::decode(QByteArrayView bytes, QString *error)
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
                     ? tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".")
                     : tr("The file is not valid UTF-16 text.");
        return {};
    }
    if (text.contains(QChar(0))) {
        *error = tr("The file holds binary data, not text: is it a spreadsheet saved in another format?");
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
    QString error;
    const QString text = decode(bytes, &error);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
    const QChar separator = result.delimiter;

    RecipientTable table;
    table.reserve(text.size());
    QString &out = table.text();
    const QChar *const begin = text.constData();
    const QChar *const end = begin + text.size();
    const QChar *p = begin;
    int record = 0; // the record's number (the header is 1)
    int line = 1;   // the line a problem is reported on
    bool inHeader = true;
    QStringList header;

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
        qsizetype cellStart = out.size();
        // One record: cells up to an unquoted line end.
        while (true) {
            if (p < end && *p == u'"') {
                ++p;
                while (true) {
                    const QChar *q = p;
                    while (q < end && *q != u'"') {
                        if (*q == u'\n')
                            ++line;
                        ++q;
                    }
                    out.append(p, q - p);
                    if (q >= end) {
                        result.error = tr("Row %1 (line %2): a quoted cell is not closed; a \" is missing.")
                                           .arg(record)
                                           .arg(recordLine);
                        return result;
                    }
                    p = q + 1;
                    if (p < end && *p == u'"') { // a doubled quote is one quote
                        out.append(u'"');
                        ++p;
                        continue;
                    }
                    break;
                }
                // After the closing quote only a delimiter or the line end may follow.
                if (p < end && *p != separator && *p != u'\n' && *p != u'\r') {
                    result.error = tr("Row %1 (line %2): text follows a closing quote; inside a quoted cell a "
                                      "quote is written twice (\"\").")
                                       .arg(record)
                                       .arg(line);
                    return result;
                }
            } else {
                const QChar *q = p;
                while (q < end && *q != separator && *q != u'\n' && *q != u'\r')
                    ++q;
                out.append(p, q - p);
                p = q;
            }
            if (inHeader) {
                header.append(QStringView(out).sliced(cellStart).trimmed().toString());
                out.truncate(cellStart);
            } else {
                table.endCell();
            }
            cellStart = out.size();
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
    result.table = std::move(table);
    return result;
}

} // namespace soip
