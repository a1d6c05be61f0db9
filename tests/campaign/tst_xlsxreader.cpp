// XLSX recipients: numbers stored as numbers come out as their digits, shared and inline strings,
// empty rows, a sheet chosen by name, and clear errors for what is not a workbook.
#include "campaign/xlsxreader.h"

#include <QBuffer>
#include <QLocale>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

// A minimal workbook as Excel writes one: workbook, its relationships, shared strings, sheets.
QByteArray workbook(const QList<QPair<QString, QByteArray>> &sheets, const QByteArray &sharedStrings)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    const auto add = [&zip](const QString &name, const QByteArray &content) {
        QuaZipFile file(&zip);
        file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
        file.write(content);
        file.close();
    };
    QByteArray list = "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    QByteArray relations =
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (int i = 0; i < sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        list +=
            "<sheet name=\"" + sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        relations +=
            "<Relationship Id=\"rId" + n + "\" Type=\"worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
        add(u"xl/worksheets/sheet%1.xml"_s.arg(i + 1),
            "<worksheet><sheetData>" + sheets.at(i).second + "</sheetData></worksheet>");
    }
    add(u"xl/workbook.xml"_s, list + "</sheets></workbook>");
    add(u"xl/_rels/workbook.xml.rels"_s, relations + "</Relationships>");
    add(u"xl/sharedStrings.xml"_s, "<sst>" + sharedStrings + "</sst>");
    zip.close();
    return bytes;
}

const QByteArray kShared =
    "<si><t>Name</t></si><si><t>Mobile</t></si><si><r><t>Asha </t></r><r><t>Rao</t></r></si>";

} // namespace

class TestXlsxReader final : public QObject {
    Q_OBJECT

private slots:
    void numbersSharedStringsAndEmptyRows()
    {
        const QByteArray rows =
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>919876543210</v></c></row>"
            "<row r=\"3\"><c r=\"A3\"/></row>"
            "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Ravi</t></is></c>"
            "<c r=\"B5\"><v>9.19876543211E+11</v></c></row>";
        const XlsxReader::Result result = XlsxReader::read(workbook({{u"Customers"_s, rows}}, kShared));
        QVERIFY2(result.table, qPrintable(result.error));
        const RecipientTable &t = *result.table;
        QCOMPARE(t.columns(), QStringList({u"Name"_s, u"Mobile"_s}));
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.cell(0, 0).toString(), u"Asha Rao"_s);
        QCOMPARE(t.cell(0, 1).toString(), u"919876543210"_s);
        QCOMPARE(t.sheetRow(1), 5);
        QCOMPARE(t.cell(1, 0).toString(), u"Ravi"_s);
        QCOMPARE(t.cell(1, 1).toString(), u"919876543211"_s); // never 9.19876543211E+11
        QCOMPARE(t.phoneColumn(), 1);
    }

    void sheetByName()
    {
        const QByteArray first = "<row r=\"1\"><c t=\"inlineStr\"><is><t>other</t></is></c></row>";
        const QByteArray second = "<row r=\"1\"><c t=\"inlineStr\"><is><t>phone</t></is></c></row>"
                                  "<row r=\"2\"><c><v>919876543210</v></c></row>";
        const QByteArray book = workbook({{u"Notes"_s, first}, {u"List"_s, second}}, {});
        QCOMPARE(XlsxReader::read(book).table->columns(), QStringList{u"other"_s});
        const XlsxReader::Result chosen = XlsxReader::read(book, u"list"_s);
        QVERIFY2(chosen.table, qPrintable(chosen.error));
        QCOMPARE(chosen.table->cell(0, 0).toString(), u"919876543210"_s);
        const XlsxReader::Result missing = XlsxReader::read(book, u"Orders"_s);
        QVERIFY(missing.error.contains(u"Notes, List"_s));
    }

    // Found by fuzzing: a row numbered again ("2" after "3") gave two recipients the same sheet row,
    // which the campaign journal keys its rows by. A damaged sheet is refused and says where.
    void rowsOutOfOrderOrBeyondExcelAreRefused_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("error");
        const QByteArray header = "<row r=\"1\"><c t=\"inlineStr\"><is><t>phone</t></is></c></row>";
        QTest::newRow("a row again") << header + "<row r=\"3\"><c><v>919876543210</v></c></row>"
                                                 "<row r=\"2\"><c><v>919876543211</v></c></row>"
                                     << u"row 2 comes after row 3"_s;
        QTest::newRow("the header again")
            << header + "<row r=\"1\"><c><v>919876543210</v></c></row>" << u"row 1 comes after row 1"_s;
        QTest::newRow("beyond Excel's last row")
            << header + "<row r=\"2147483647\"><c><v>919876543210</v></c></row><row><c><v>1</v></c></row>"
            << u"beyond row %1"_s.arg(QLocale().toString(1048576));
    }

    void rowsOutOfOrderOrBeyondExcelAreRefused()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, error);
        const XlsxReader::Result result = XlsxReader::read(workbook({{u"Customers"_s, rows}}, {}));
        QVERIFY(!result.table);
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
    }

    void notAWorkbook()
    {
        QVERIFY(!XlsxReader::read("PK\x03\x04garbage").error.isEmpty());
        QVERIFY(!XlsxReader::read(workbook({{u"Empty"_s, {}}}, {})).table);
    }

    void numberText()
    {
        QCOMPARE(XlsxReader::numberText(u"9.19876543210E+11"_s), u"919876543210"_s);
        QCOMPARE(XlsxReader::numberText(u"12.5"_s), u"12.5"_s);
        QCOMPARE(XlsxReader::numberText(u"1E+300"_s), u"1E+300"_s);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
