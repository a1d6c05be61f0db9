#include "xlsxreader.h"

#include <QBuffer>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace soip {

namespace {

constexpr int kRowsPerProgress = 2048;
constexpr int kMaxRows = 1048576; // Excel's last row

// One part of the archive, at most kMaxPartBytes; empty with `*found` false when absent.
QByteArray part(QuaZip &zip, const QString &name, bool *found, bool *tooLarge)
{
    *found = zip.setCurrentFile(name, QuaZip::csInsensitive);
    *tooLarge = false;
    if (!*found)
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *found = false;
        return {};
    }
    QByteArray bytes;
    char chunk[65536];
    while (true) {
        const qint64 read = file.read(chunk, sizeof chunk);
        if (read <= 0)
            break;
        if (bytes.size() + read > XlsxReader::kMaxPartBytes) {
            *tooLarge = true;
            return {};
        }
        bytes.append(chunk, read);
    }
    return bytes;
}

// "AB12" -> 27 (0-based column)
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3)
            return -1; // beyond XFD: not a cell reference
    }
    return letters == 0 ? -1 : column - 1;
}

// The text of an <si> or <is> element: every <t> inside, runs included.
QString textOf(QXmlStreamReader &xml)
{
    QString text;
    const QStringView end = xml.name();
    const QString endName = end.toString();
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"t")
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.isEndElement() && xml.name() == endName)
            break;
    }
    return text;
}

} // namespace

QString XlsxReader::numberText(const QString &value)
{
    if (!value.contains(u'E') && !value.contains(u'e') && !value.contains(u'.'))
        return value;
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || std::fabs(number) >= 1e15 || number != std::floor(number))
        return value;
    return QString::number(qint64(number));
}

XlsxReader::Result XlsxReader::read(QByteArrayView bytes, const QString &sheet, const ReadProgress &progress)
{
    Result result;
    QByteArray copy = bytes.toByteArray();
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip)) {
        result.error = tr("The workbook cannot be opened: it is not a valid XLSX file.");
        return result;
    }
    bool found = false;
    bool tooLarge = false;
    const auto fail = [&result](const QString &why) {
        result.error = why;
        return result;
    };

    // Which part holds the sheet: workbook.xml names the sheets, its relationships say where each is.
    const QByteArray workbook = part(zip, QStringLiteral("xl/workbook.xml"), &found, &tooLarge);
    if (!found)
        return fail(tr("The file is a zip archive but not an Excel workbook (no xl/workbook.xml)."));
    QString relationId;
    QStringList names;
    for (QXmlStreamReader xml(workbook); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet") {
            const QString name = xml.attributes().value(QLatin1StringView("name")).toString();
            names.append(name);
            if (relationId.isEmpty() && (sheet.isEmpty() || name.compare(sheet, Qt::CaseInsensitive) == 0)) {
                result.sheet = name;
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == u"id")
                        relationId = attribute.value().toString();
                }
            }
        }
    }
    result.sheets = names;
    if (relationId.isEmpty())
        return fail(
            sheet.isEmpty()
                ? tr("The workbook has no sheet.")
                : tr("The workbook has no sheet \"%1\". Its sheets are: %2.").arg(sheet, names.join(u", ")));
    QString target;
    const QByteArray relations = part(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), &found, &tooLarge);
    for (QXmlStreamReader xml(relations); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
            xml.attributes().value(QLatin1StringView("Id")) == relationId)
            target = xml.attributes().value(QLatin1StringView("Target")).toString();
    }
    if (target.startsWith(u'/'))
        target = target.mid(1);
    else
        target = u"xl/" + target;

    QStringList shared;
    const QByteArray strings = part(zip, QStringLiteral("xl/sharedStrings.xml"), &found, &tooLarge);
    if (tooLarge)
        return fail(tr("The workbook's text is larger than %1 MiB.").arg(kMaxPartBytes / (1024 * 1024)));
    for (QXmlStreamReader xml(strings); !xml.atEnd();) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            shared.append(textOf(xml));
    }

    const QByteArray data = part(zip, target, &found, &tooLarge);
    if (tooLarge)
        return fail(tr("The sheet is larger than %1 MiB.").arg(kMaxPartBytes / (1024 * 1024)));
    if (!found)
        return fail(tr("The workbook's sheet %1 is missing from the file.").arg(target));

    RecipientTable table;
    QStringList header;
    QStringList cells; // the current row, by column
    int rowNumber = 0;
    bool headerDone = false;
    const auto endRow = [&] {
        if (!headerDone) {
            for (QString &name : cells)
                name = name.trimmed();
            if (std::any_of(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.isEmpty(); })) {
                header = cells;
                headerDone = true;
            }
        } else {
            table.beginRow(rowNumber);
            for (const QString &cell : std::as_const(cells)) {
                table.text().append(cell);
                table.endCell();
            }
            table.endRow();
        }
        cells.clear();
    };
    QXmlStreamReader xml(data);
    int rowsRead = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            // The campaign knows each row by its number: two rows with one number cannot both be
            // kept apart, so a sheet with its rows out of order is damaged.
            const int declared = xml.attributes().value(QLatin1StringView("r")).toInt();
            if (declared > 0 && declared <= rowNumber)
                return fail(tr("The sheet is damaged: its row %1 comes after row %2. Open the file in Excel or "
                               "LibreOffice and save it again.")
                                .arg(declared)
                                .arg(rowNumber));
            const int next = declared > 0 ? declared : rowNumber + 1;
            if (next > kMaxRows)
                return fail(tr("The sheet is damaged: it has a row beyond row %1, the last one Excel allows.")
                                .arg(QLocale().toString(kMaxRows)));
            rowNumber = next;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            endRow();
            // The table's cell ranges are 32-bit; a shared string repeated in many cells could pass that.
            if (table.text().size() > RecipientTable::kMaxText)
                return fail(tr("The sheet's cells hold more than %1 million characters.")
                                .arg(RecipientTable::kMaxText / 1000000));
            if (progress && ++rowsRead % kRowsPerProgress == 0 &&
                !progress(double(xml.characterOffset()) / double(std::max<qsizetype>(1, data.size())))) {
                result.cancelled = true;
                return fail(tr("Reading the file was cancelled."));
            }
        } else if (xml.isStartElement() && xml.name() == u"c") {
            const QString type = xml.attributes().value(QLatin1StringView("t")).toString();
            int column = columnOf(xml.attributes().value(QLatin1StringView("r")));
            if (column < 0)
                column = int(cells.size());
            if (column > 16383)
                return fail(tr("Row %1 has a cell beyond the last column Excel allows.").arg(rowNumber));
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == u"is")
                    value = textOf(xml);
                else if (xml.isEndElement() && xml.name() == u"c")
                    break;
            }
            if (type == u"s") {
                bool ok = false;
                const qsizetype index = value.toLongLong(&ok);
                value = ok && index >= 0 && index < shared.size() ? shared.at(index) : QString();
            } else if (type.isEmpty() || type == u"n") {
                value = numberText(value);
            }
            while (cells.size() <= column)
                cells.append(QString());
            cells[column] = value;
        }
    }
    if (xml.hasError())
        return fail(tr("The sheet cannot be read: %1 (line %2).").arg(xml.errorString()).arg(xml.lineNumber()));
    if (!headerDone)
        return fail(tr("The sheet is empty: the first row must hold the column names."));
    table.setColumns(header);
    result.table = std::move(table);
    return result;
}

} // namespace soip
