// The CSV reader as offices' exports exercise it: RFC 4180 quoting, BOMs, UTF-16, the delimiter,
// line ends, blank rows, huge cells, and a clear error for each file that is not a table.
#include "campaign/csvreader.h"

#include <QStringEncoder>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestCsvReader final : public QObject {
    Q_OBJECT

private:
    static RecipientTable table(const QByteArray &bytes)
    {
        CsvReader::Result result = CsvReader::read(bytes);
        if (!result.table)
            qWarning() << result.error;
        return result.table.value_or(RecipientTable());
    }
    static QString error(const QByteArray &bytes) { return CsvReader::read(bytes).error; }

private slots:
    void quotesAndDoubledQuotes()
    {
        const RecipientTable t = table("name,phone,note\r\n\"Rao, Asha\",919876543210,\"say \"\"hi\"\"\"\r\n");
        QCOMPARE(t.columns(), QStringList({u"name"_s, u"phone"_s, u"note"_s}));
        QCOMPARE(t.rowCount(), 1);
        QCOMPARE(t.cell(0, 0).toString(), u"Rao, Asha"_s);
        QCOMPARE(t.cell(0, 2).toString(), u"say \"hi\""_s);
        QCOMPARE(t.sheetRow(0), 2);
    }

    void lineBreakInsideQuotesAndMixedLineEnds()
    {
        const RecipientTable t = table("a,b\n\"line 1\r\nline 2\",x\ry,z\r\nlast,row");
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.cell(0, 0).toString(), u"line 1\r\nline 2"_s);
        QCOMPARE(t.cell(1, 0).toString(), u"y"_s);
        QCOMPARE(t.cell(2, 1).toString(), u"row"_s);
        QCOMPARE(t.sheetRow(2), 4);
    }

    void byteOrderMarks()
    {
        const QString text = u"phone;naam\r\n919876543210;आशा\r\n"_s;
        QByteArray utf8 = "\xEF\xBB\xBF" + text.toUtf8();
        RecipientTable t = table(utf8);
        QCOMPARE(t.columns().first(), u"phone"_s); // the BOM is not part of the first name
        QCOMPARE(t.cell(0, 1).toString(), u"आशा"_s);

        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        t = table(le.encode(u"phone\tnaam\r\n919876543210\tआशा\r\n"_s));
        QCOMPARE(t.columns(), QStringList({u"phone"_s, u"naam"_s}));
        QCOMPARE(t.cell(0, 1).toString(), u"आशा"_s);

        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        t = table(be.encode(text));
        QCOMPARE(t.cell(0, 1).toString(), u"आशा"_s);
    }

    void delimiterDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3") << u","_s;
        QTest::newRow("semicolon (Excel in Europe)") << QByteArray("a;b;c\n1;2,5;3") << u";"_s;
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2") << u"\t"_s;
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";d\n1;2") << u";"_s;
        QTest::newRow("one column") << QByteArray("phone\n919876543210") << u","_s;
    }
    void delimiterDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, delimiter);
        QCOMPARE(CsvReader::read(bytes).delimiter, delimiter.at(0));
    }

    void blankRowsAreSkippedButCounted()
    {
        const RecipientTable t = table("\r\nphone,name\r\n\r\n919876543210,A\r\n,,\r\n919876543211,B\r\n\r\n");
        QCOMPARE(t.rowCount(), 2);
        QCOMPARE(t.sheetRow(0), 4); // the spreadsheet's own row numbers
        QCOMPARE(t.sheetRow(1), 6);
    }

    void shortRowsReadAsEmptyCells()
    {
        const RecipientTable t = table("a,b,c\n1\n");
        QCOMPARE(t.cell(0, 0).toString(), u"1"_s);
        QVERIFY(t.cell(0, 2).isEmpty());
    }

    void aMegabyteInOneCell()
    {
        const QByteArray big(1024 * 1024, 'x');
        const RecipientTable t = table("phone,note\n919876543210,\"" + big + "\"\n");
        QCOMPARE(t.cell(0, 1).size(), big.size());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("blank lines only") << QByteArray("\r\n\r\n") << u"empty"_s;
        QTest::newRow("quote not closed") << QByteArray("a,b\n1,\"open\n2,3") << u"Row 2 (line 2)"_s;
        QTest::newRow("text after a quote") << QByteArray("a,b\n\"x\"y,1") << u"closing quote"_s;
        QTest::newRow("not UTF-8") << QByteArray("name\n\xe9t\xe9") << u"UTF-8"_s;
        QTest::newRow("binary") << QByteArray("a\0b,c\n", 6) << u"binary"_s;
        QTest::newRow("duplicate column") << QByteArray("phone,Name,phone\n1,2,3") << u"\"phone\" appears twice"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const CsvReader::Result result = CsvReader::read(bytes);
        QVERIFY(!result.table);
        QVERIFY2(result.error.contains(says), qPrintable(result.error));
    }

    void largerThanATableHolds()
    {
        // Cells are 32-bit ranges of the text. Refused on the size alone: the bytes are never read.
        static const char byte = 'a';
        const CsvReader::Result result = CsvReader::read(QByteArrayView(&byte, RecipientTable::kMaxText + 1));
        QVERIFY(!result.table);
        QVERIFY2(result.error.contains(u"4 GiB"), qPrintable(result.error));
    }

    void headerOnly()
    {
        const RecipientTable t = table("phone,name\r\n");
        QCOMPARE(t.columns().size(), 2);
        QCOMPARE(t.rowCount(), 0);
    }

    void phoneColumnByName_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("column");
        QTest::newRow("Phone") << QByteArray("Name,Phone") << 1;
        QTest::newRow("MOBILE NO.") << QByteArray("Name,MOBILE NO.") << 1;
        QTest::newRow("msisdn") << QByteArray("msisdn,x") << 0;
        QTest::newRow("phone before an order number") << QByteArray("Number,Phone") << 1;
        QTest::newRow("none") << QByteArray("Name,City") << -1;
    }
    void phoneColumnByName()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, column);
        QCOMPARE(int(table(header + "\n1,2").phoneColumn()), column);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
