#include "csvreader.h"

#include "csvscan.h"
#include "hugepages.h"

#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace soip {

namespace {
constexpr int kRecordsPerProgress = 4096;
constexpr char16_t kNul = 0;

struct Sniffed {
    QStringDecoder::Encoding encoding = QStringDecoder::Utf8;
    qsizetype skip = 0; // the byte order mark
};

Sniffed sniff(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringDecoder::Utf8, 3};
    if (bytes.startsWith("\xFF\xFE"))
        return {QStringDecoder::Utf16LE, 2};
    if (bytes.startsWith("\xFE\xFF"))
        return {QStringDecoder::Utf16BE, 2};
    if (bytes.size() >= 4 && bytes.at(1) == '\0' && bytes.at(3) == '\0' && bytes.at(0) != '\0')
        return {QStringDecoder::Utf16LE, 0}; // UTF-16 without its mark: ASCII with every other byte zero
    return {};
}

QString decodeError(QStringDecoder::Encoding encoding)
{
    return encoding == QStringDecoder::Utf8
               ? CsvReader::tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\".")
               : CsvReader::tr("The file is not valid UTF-16 text.");
}

// The text of the bytes (BOM, else UTF-8), with NULs left in: read() finds them while it scans
// instead of in a pass of its own over the whole file.
QString decodeText(QByteArrayView bytes, QString *error)
{
    const Sniffed sniffed = sniff(bytes);
    QStringDecoder decoder(sniffed.encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.sliced(sniffed.skip));
    if (decoder.hasError()) {
        *error = decodeError(sniffed.encoding);
        return {};
    }
    return text;
}

QString binaryError()
{
    return CsvReader::tr("The file holds binary data, not text: is it a spreadsheet saved in another format?");
}

// Counts the candidates on the first line, outside quotes. Over UTF-8 bytes too: the candidates are
// ASCII, and no byte of a longer UTF-8 sequence is.
template <typename Unit> QChar detect(const Unit *p, const Unit *end)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (; p < end; ++p) {
        const Unit c = *p;
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (tab > comma && tab >= semicolon)
        return u'\t';
    if (semicolon > comma)
        return u';';
    return u',';
}

enum class Stop { Done, Failed, NotAscii, Cancelled };

// The records of the text, scanned either in its UTF-16 units or, while they are ASCII, in its UTF-8
// bytes (each byte is then one unit at the same index, which the scan writes as it goes: decoding
// first and scanning the units after took as long as the scan, for a file that is nearly always
// ASCII). At the first byte above 0x7F the byte scan gives up the record it is in; read() decodes
// the rest and goes on from that record over the units, so the result is the same either way.
struct Parser {
    char16_t *text = nullptr; // cells are ranges of it
    qsizetype size = 0;       // of the text scanned
    char16_t separator = 0;
    const ReadProgress *progress = nullptr;
    RecipientTable table;
    QStringList header;
    bool inHeader = true;
    int record = 0;     // the record's number (the header is 1)
    int line = 1;       // the line a problem is reported on
    int reported = 0;   // the record progress was last told at, not to tell it twice
    qsizetype next = 0; // where the next record starts
    QString error;      // when Failed

    template <typename Unit> Stop run(const Unit *scan);
};

template <typename Unit> Stop Parser::run(const Unit *scan)
{
    constexpr bool bytes = std::is_same_v<Unit, char>;
    struct NoScanner {};
    auto scanner = [&] {
        if constexpr (bytes)
            return csvscan::ByteScanner(scan, size, text, char(separator));
        else
            return NoScanner();
    }();
    // The first at or after `from` of a delimiter, a line end or a NUL; for bytes also a byte above 0x7F.
    const auto findUnquoted = [&](qsizetype from) -> qsizetype {
        if constexpr (bytes)
            return scanner.findUnquoted(from);
        else
            return csvscan::findAny(scan + from, scan + size, separator, u'\n', u'\r', kNul) - scan;
    };
    // The same inside quotes: a quote, a LF or a NUL.
    const auto findQuoted = [&](qsizetype from) -> qsizetype {
        if constexpr (bytes)
            return scanner.findQuoted(from);
        else
            return csvscan::findAny(scan + from, scan + size, u'"', u'\n', kNul, u'"') - scan;
    };
    // Whether the byte at `at` (where a search stopped) is not ASCII: this record is read again.
    const auto notAscii = [&](qsizetype at) {
        if constexpr (bytes)
            return at<size &&static_cast<unsigned char>(scan[at])> 0x7F;
        else
            return (void(at), false);
    };
    qsizetype p = next;
    // Steps over one character; for bytes its unit is written here, where no search may have passed.
    const auto step = [&] {
        if constexpr (bytes)
            text[p] = char16_t(scan[p]);
        ++p;
    };
    const auto fail = [&](const QString &message) {
        error = message;
        return Stop::Failed;
    };

    while (p < size) {
        const int startRecord = record;
        const int startLine = line;
        next = p;
        const auto again = [&] { // this record, from the units
            record = startRecord;
            line = startLine;
            if (inHeader)
                header.clear();
            else
                table.discardRow();
            return Stop::NotAscii;
        };
        ++record;
        if (*progress && record % kRecordsPerProgress == 0 && record > reported) {
            reported = record;
            if (!(*progress)(double(p) / double(size)))
                return Stop::Cancelled;
        }
        const int recordLine = line;
        if (!inHeader)
            table.beginRow(record);
        // One record: cells up to an unquoted line end.
        while (true) {
            qsizetype cellBegin = p;
            qsizetype cellEnd = 0;
            if (p < size && scan[p] == '"') {
                step();
                cellBegin = p;
                qsizetype out = p; // where the cell's next unquoted character goes
                while (true) {
                    const qsizetype q = findQuoted(p);
                    if (notAscii(q))
                        return again();
                    const bool lineBreak = q < size && scan[q] == '\n';
                    const qsizetype kept = q - p + (lineBreak ? 1 : 0); // a line break is part of the cell
                    if (out != p)
                        std::memmove(text + out, text + p, sizeof(char16_t) * size_t(kept));
                    out += kept;
                    p += kept;
                    if (lineBreak) {
                        ++line;
                        continue;
                    }
                    if (p == size)
                        return fail(
                            CsvReader::tr("Row %1 (line %2): a quoted cell is not closed; a \" is missing.")
                                .arg(record)
                                .arg(recordLine));
                    if (scan[p] == kNul)
                        return fail(binaryError());
                    ++p;                              // past the quote, which the search wrote
                    if (p < size && scan[p] == '"') { // a doubled quote is one quote
                        text[out++] = u'"';
                        step();
                        continue;
                    }
                    break;
                }
                cellEnd = out;
                // After the closing quote only a delimiter or the line end may follow.
                if (p < size && scan[p] != separator && scan[p] != '\n' && scan[p] != '\r') {
                    if (notAscii(p))
                        return again();
                    return fail(CsvReader::tr("Row %1 (line %2): text follows a closing quote; inside a quoted "
                                              "cell a quote is written twice (\"\").")
                                    .arg(record)
                                    .arg(line));
                }
            } else {
                p = findUnquoted(p);
                if (notAscii(p))
                    return again();
                if (p < size && scan[p] == kNul)
                    return fail(binaryError());
                cellEnd = p;
            }
            if (inHeader)
                header.append(QStringView(text + cellBegin, text + cellEnd).trimmed().toString());
            else
                table.addCell(cellBegin, cellEnd);
            if (p < size && scan[p] == separator) {
                step();
                continue;
            }
            break; // line end or end of text
        }
        if (p < size && scan[p] == '\r')
            step();
        if (p < size && scan[p] == '\n')
            step();
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
    next = p;
    return Stop::Done;
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
    return detect(text.utf16(), text.utf16() + text.size());
}

CsvReader::Result CsvReader::read(QByteArrayView bytes, QChar delimiter, const ReadProgress &progress)
{
    Result result;
    if (bytes.size() > RecipientTable::kMaxText) { // no more units than bytes
        result.error = tr("The file is larger than 4 GiB.");
        return result;
    }
    const Sniffed sniffed = sniff(bytes);
    const QByteArrayView data = bytes.sliced(sniffed.skip);
    QStringDecoder decoder(sniffed.encoding, QStringDecoder::Flag::Stateless);
    Parser parser;
    parser.progress = &progress;
    QString text;
    Stop stop = Stop::NotAscii;
    if (sniffed.encoding == QStringDecoder::Utf8) {
        // Room for the decoder too, should the text not be ASCII (a UTF-8 byte is at most one unit).
        text = QString(std::max(data.size(), decoder.requiredSpace(data.size())), Qt::Uninitialized);
        adviseHugePages(text.data(), size_t(text.size()) * sizeof(QChar));
        result.delimiter = delimiter.isNull() ? detect(data.data(), data.data() + data.size()) : delimiter;
        parser.text = reinterpret_cast<char16_t *>(text.data());
        parser.size = data.size();
        parser.separator = result.delimiter.unicode();
        parser.table.reserve(data.size() / 8, data.size() / 32); // a guess; growing past it costs little
        stop = parser.run(data.data());
        if (stop == Stop::NotAscii) {
            // The bytes before the record are ASCII, their units written. Decoding from the line
            // end before it (rather than from the record) keeps a U+FEFF that begins a line: the
            // decoder drops one at the start of what it is given.
            const qsizetype from = std::max<qsizetype>(parser.next - 1, 0);
            const QChar *end = decoder.appendToBuffer(text.data() + from, data.sliced(from));
            if (decoder.hasError()) {
                result.delimiter = {};
                result.error = decodeError(sniffed.encoding);
                return result;
            }
            parser.size = end - text.constData();
        } else if (stop == Stop::Failed) {
            // The bytes after the problem are not scanned: a file that is not UTF-8 text, or holds a
            // NUL, says so instead, as when the whole file is decoded first.
            QString error;
            const QString whole = decodeText(bytes, &error);
            if (!error.isEmpty()) {
                result.delimiter = {};
                result.error = error;
            } else {
                result.error = whole.contains(QChar(0)) ? binaryError() : parser.error;
            }
            return result;
        }
    } else {
        text = decoder.decode(data);
        if (decoder.hasError()) {
            result.error = decodeError(sniffed.encoding);
            return result;
        }
        result.delimiter = delimiter.isNull() ? detectDelimiter(text) : delimiter;
        parser.text = reinterpret_cast<char16_t *>(text.data());
        parser.size = text.size();
        parser.separator = result.delimiter.unicode();
        parser.table.reserve(text.size() / 8, text.size() / 32);
    }
    if (stop == Stop::NotAscii)
        stop = parser.run(parser.text);
    if (stop == Stop::Cancelled) {
        result.cancelled = true;
        result.error = tr("Reading the file was cancelled.");
        return result;
    }
    text.resize(parser.size);
    if (stop == Stop::Failed) {
        // A problem in the file's structure; a NUL anywhere says more (the file is not text at all).
        result.error = text.contains(QChar(0)) ? binaryError() : parser.error;
        return result;
    }
    const QStringList &header = parser.header;
    if (header.isEmpty()) {
        result.error = tr("The file is empty: the first row must hold the column names.");
        return result;
    }
    QSet<QString> seen;
    for (const QString &name : header) {
        if (name.isEmpty())
            continue;
        if (seen.contains(name)) {
            result.error = tr("The column name \"%1\" appears twice in the first row.").arg(name);
            return result;
        }
        seen.insert(name);
    }
    RecipientTable &table = parser.table;
    table.setColumns(header);
    table.setText(std::move(text));
    result.table = std::move(table);
    return result;
}

} // namespace soip
