// The campaign's spreadsheet readers (CSV and XLSX), then what the campaign does with a table:
// the phone column's numbers checked and a template with a placeholder of every column rendered for
// each row. A spreadsheet comes from a CRM export or an email attachment. The first byte chooses
// the reader (CSV found, `,`, `;`, tab; or XLSX); the rest is the file. Properties: a table's
// column names are unique, its rows keep ascending sheet row numbers, every cell can be read, the
// numbers check covers every row, and every row renders.
#include "campaign/campaigntemplate.h"
#include "campaign/csvreader.h"
#include "campaign/recipientnumbers.h"
#include "campaign/xlsxreader.h"
#include "fuzzcheck.h"

#include <QJsonObject>
#include <QSet>

#include <cstdint>

using namespace soip;

namespace {

// Enough rows to reach every code path; a fuzzer's input is small, a million rows is the bench's.
constexpr qsizetype kRowsRendered = 2000;

void checkTable(const RecipientTable &table)
{
    QSet<QString> names;
    for (const QString &name : table.columns()) {
        SOIP_FUZZ_CHECK(name.isEmpty() || !names.contains(name), "column names are unique");
        names.insert(name);
    }
    int previous = 1; // the header
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        SOIP_FUZZ_CHECK(table.sheetRow(row) > previous, "sheet rows ascend after the header");
        previous = table.sheetRow(row);
        for (qsizetype column = 0; column <= table.columns().size(); ++column)
            (void)table.cell(row, column).size();
    }
    const RecipientNumbers numbers = RecipientNumbers::check(table, table.columns().isEmpty() ? -1 : 0);
    SOIP_FUZZ_CHECK(table.columns().isEmpty() || numbers.rows() == table.rowCount(),
                    "every row's number is checked");
    SOIP_FUZZ_CHECK(numbers.valid + numbers.invalid.size() + numbers.duplicates.size() == numbers.rows(),
                    "each row is valid, invalid or a repeat");

    // A message that uses every named column.
    QString body;
    for (const QString &name : table.columns()) {
        if (!name.trimmed().isEmpty() && !name.contains(u"}}"))
            body += QStringLiteral("{{") + name + QStringLiteral("}} ");
    }
    QString error;
    const std::optional<CampaignTemplate> compiled = CampaignTemplate::compile(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TXT")}, {QStringLiteral("body"), body}}, table,
        &error);
    if (!compiled)
        return;
    for (qsizetype row = 0; row < std::min(kRowsRendered, table.rowCount()); ++row)
        SOIP_FUZZ_CHECK(compiled->render(table, row).contains(QStringLiteral("body")), "every row renders");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, static_cast<qsizetype>(size) - 1);
    const std::uint8_t mode = data[0] % 5;
    if (mode == 4) {
        const XlsxReader::Result read = XlsxReader::read(bytes);
        SOIP_FUZZ_CHECK(read.table.has_value() != !read.error.isEmpty(), "a workbook gives a table or an error");
        if (read.table)
            checkTable(*read.table);
        return 0;
    }
    const QChar delimiters[] = {QChar(), u',', u';', u'\t'};
    const CsvReader::Result read = CsvReader::read(bytes, delimiters[mode]);
    SOIP_FUZZ_CHECK(read.table.has_value() != !read.error.isEmpty(), "a file gives a table or an error");
    if (read.table)
        checkTable(*read.table);
    return 0;
}
