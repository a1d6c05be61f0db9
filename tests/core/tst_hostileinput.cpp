// Files nobody would write by hand but anyone can receive: what the first fuzzing run found
// (issue 15) and the hostile shapes every reader of outside bytes must survive. Each gives a clear
// error or a result bounded in size; none crashes, blocks or costs memory out of proportion.
#include "validation/issuecollector.h"
#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

qsizetype countCode(const QList<Issue> &issues, const QString &code)
{
    return std::count_if(issues.cbegin(), issues.cend(), [&](const Issue &i) { return i.code == code; });
}

QByteArray repeated(const QByteArray &item, qsizetype times, char separator = ',')
{
    QByteArray out;
    out.reserve((item.size() + 1) * times);
    for (qsizetype i = 0; i < times; ++i) {
        if (i > 0)
            out += separator;
        out += item;
    }
    return out;
}

} // namespace

class TestHostileInput : public QObject {
    Q_OBJECT

private slots:
    // 0x85 and 0xA0 are spaces to QChar::isSpace() but not to QByteArray::trimmed(): the reader's
    // scan for the first character ran past the end of the buffer.
    void latin1SpacesAreNotJsonWhitespace_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("0x85") << QByteArray("\x85");
        QTest::newRow("0xA0 CR LF") << QByteArray("\xA0\r\n");
        QTest::newRow("spaces then 0x85") << QByteArray("  \t\x85");
        QTest::newRow("0xA0 then an object") << QByteArray("\xA0{}");
    }

    void latin1SpacesAreNotJsonWhitespace()
    {
        QFETCH(QByteArray, input);
        const ReadResult result = MessageCodec::read(input);
        QVERIFY(!result.readable);
        QVERIFY2(result.error.contains(u"not a text file"_s), qPrintable(result.error));
    }

    void onlyJsonWhitespaceIsEmpty()
    {
        const ReadResult result = MessageCodec::read(" \t\r\n ");
        QVERIFY(!result.readable);
        QVERIFY2(result.error.contains(u"empty"_s), qPrintable(result.error));
    }

    // A `to` of nothing but commas: one issue per empty entry made 1.95 GB of sentences.
    void manyEmptyRecipientsAreCountedNotListed()
    {
        const ReadResult read = MessageCodec::read("{\"to\":\"" + QByteArray(20'000, ',') + "\"}");
        QVERIFY(read.readable);
        const QList<Issue> issues = Validator::validate(read);
        QCOMPARE(countCode(issues, u"SOIP-RECIPIENT-EMPTY"_s), IssueCollector::kListedPerCode + 1);
        const Issue &summary = *std::find_if(issues.crbegin(), issues.crend(),
                                             [](const Issue &i) { return i.code == u"SOIP-RECIPIENT-EMPTY"_s; });
        QVERIFY2(summary.message.contains(u"19991"_s), qPrintable(summary.message));
    }

    void moreRecipientsThanAMessageCanHaveAreOneError()
    {
        Message message;
        message.to = QString::fromLatin1(repeated("919876543210", kMaxRecipients + 1));
        const QList<Issue> issues = Validator::validate(message);
        QCOMPARE(countCode(issues, u"SOIP-RECIPIENT-COUNT"_s), 1);
        QCOMPARE(countCode(issues, u"SOIP-RECIPIENT-DUPLICATE"_s), 0);
    }

    // 1.4 million empty buttons cost 2.3 GB; a list far longer than any message is refused.
    void aListFarLongerThanAMessageIsRefused()
    {
        const QByteArray json =
            "{\"type\":\"CTA\",\"actions\":[" + repeated("{}", MessageCodec::kMaxArrayEntries + 1) + "]}";
        const ReadResult read = MessageCodec::read(json);
        QVERIFY(!read.readable);
        QVERIFY2(read.error.contains(u"actions"_s), qPrintable(read.error));
    }

    void manyEmptyButtonsGiveAFewIssuesOfEachKind()
    {
        const QByteArray json = "{\"type\":\"CTA\",\"actions\":[" + repeated("{}", 5000) + "]}";
        const ReadResult read = MessageCodec::read(json);
        QVERIFY(read.readable);
        const QList<Issue> issues = Validator::validate(read);
        QCOMPARE(countCode(issues, u"INV-ACTION-TYPE"_s), IssueCollector::kListedPerCode + 1);
        QVERIFY2(issues.size() < 100, qPrintable(QString::number(issues.size())));
    }

    // The codec drops entries that are not objects and numbers the rest; issues must still name
    // the entry by its place in the file, also past the first few dropped ones it lists.
    void issuesNameTheFilesIndexPastManyDroppedEntries()
    {
        const QByteArray json = "{\"type\":\"CTA\",\"actions\":[" + repeated("5", 30) +
                                ",{\"action_type\":9,\"action_content\":\"x\",\"action_rank\":\"0\","
                                "\"action_to\":\"https://e.com\"}]}";
        const QList<Issue> issues = Validator::validate(MessageCodec::read(json));
        QVERIFY(std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) {
            return i.code == u"INV-ACTION-TYPE"_s && i.parameter == u"actions[30].action_type"_s;
        }));
    }

    // A number given for a text field is kept as its shortest exact text, so writing the file back
    // does not make it longer ("0.1", not "0.10000000000000001").
    void numbersInTextFieldsKeepTheirShortestForm()
    {
        const ReadResult read = MessageCodec::read("{\"to\":0.1,\"body\":1e300,\"title\":[2.5]}");
        QCOMPARE(read.message.to, u"0.1"_s);
        QCOMPARE(read.message.body, u"1e+300"_s);
        QCOMPARE(read.message.titles, QStringList{u"2.5"_s});
    }

    // A field name that starts with U+FEFF (a byte order mark pasted into a key) is not an API
    // field; Qt 6.4 lists it without that mark, so "\uFEFF\uFEFFto" would come back as a second
    // "to" when written and read again. It is left out and named, and the real "to" stays (found
    // by libFuzzer, fuzz_draft).
    void aKeyStartingWithAByteOrderMarkIsLeftOutAndNamed()
    {
        const QByteArray input = "{\"\xEF\xBB\xBF\xEF\xBB\xBFto\":\"9198.6543210\",\"to\":\"918888888888\","
                                 "\"\xEF\xBB\xBFzz\":1}";
        const ReadResult read = MessageCodec::read(input);
        QVERIFY(read.readable);
        QCOMPARE(read.message.to, u"918888888888"_s);
        QVERIFY(read.message.unknownFields.isEmpty());
        const qsizetype named = std::count_if(read.issues.cbegin(), read.issues.cend(), [](const Issue &issue) {
            return issue.code == u"SOIP-UNKNOWN-FIELD"_s && issue.message.contains(u"U+FEFF"_s);
        });
        QCOMPARE(named, 2);
        const QByteArray written = MessageCodec::toBytes(read.message);
        QCOMPARE(MessageCodec::toBytes(MessageCodec::read(written).message), written);
    }

    // Found by fuzz_draft inside a field the API does not know, which is kept and sent as it is:
    // "\uFEFFto" in it was written out as a second "to", and "\uFEFFa" as "a".
    void aHiddenKeyInsideAKeptFieldIsLeftOutAndNamed()
    {
        const QByteArray input = "{\"type\":\"CTA\",\"x\":[5,{\"\xEF\xBB\xBFto\":\"1\",\"to\":\"2\"}],"
                                 "\"y\":{\"\xEF\xBB\xBF\xEF\xBB\xBF\":true}}";
        const ReadResult read = MessageCodec::read(input);
        QVERIFY(read.readable);
        const QJsonArray kept = read.message.unknownFields.value(u"x"_s).toArray();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).toObject(), (QJsonObject{{u"to"_s, u"2"_s}}));
        QVERIFY(read.message.unknownFields.value(u"y"_s).toObject().isEmpty());
        QStringList named;
        for (const Issue &issue : read.issues) {
            if (issue.message.contains(u"U+FEFF"_s))
                named.append(issue.parameter);
        }
        QCOMPARE(named.size(), 2);
        QVERIFY2(named.first().startsWith(u"x[1]."_s), qPrintable(named.first()));
        const QByteArray written = MessageCodec::toBytes(read.message);
        QCOMPARE(MessageCodec::toBytes(MessageCodec::read(written).message), written);
    }

    // Qt 6.4's parser dropped a U+FEFF written as its bytes at the start of a string, so each read
    // lost one: "\uFEFF\uFEFF| - 5," was read as "\uFEFF| - 5,", written so, and read again as
    // "| - 5," (found by libFuzzer, fuzz_draft). Every character of a text is kept.
    void aByteOrderMarkStartingATextIsKept()
    {
        const QByteArray input = "{\"to\":\"\xEF\xBB\xBF\xEF\xBB\xBF| - 5,\",\"body\":\"\xEF\xBB\xBFHello\"}";
        const ReadResult read = MessageCodec::read(input);
        QVERIFY(read.readable);
        QCOMPARE(read.message.to, u"\uFEFF\uFEFF| - 5,"_s);
        QCOMPARE(read.message.body, u"\uFEFFHello"_s);
        const QByteArray written = MessageCodec::toBytes(read.message);
        QCOMPARE(MessageCodec::read(written).message.to, read.message.to);
        QCOMPARE(MessageCodec::toBytes(MessageCodec::read(written).message), written);
    }

    // The parser is given each such character as \ufeff, six bytes for three: the place of an
    // error is still told in the file as it is.
    void anErrorAfterAByteOrderMarkIsPlacedInTheFileAsItIs()
    {
        const ReadResult read =
            MessageCodec::read("{\"body\":\"\xEF\xBB\xBF\xEF\xBB\xBF\",\n \"to\":\"\xEF\xBB\xBF\" x}");
        QVERIFY(!read.readable);
        QVERIFY2(read.error.contains(u"line 2, column 12"_s), qPrintable(read.error));
    }

    // What the writer writes, the reader must read back: a message too large once written out is
    // not written at all.
    void writtenBytesAreReadableOrRefused()
    {
        Message message;
        message.type = u"CTA"_s;
        message.actions.resize(60'000);
        const QByteArray written = MessageCodec::toBytes(message);
        QVERIFY(written.size() > MessageCodec::kMaxInputBytes);
        QVERIFY(!MessageCodec::writeProblem(written).isEmpty());
        message.actions.resize(4);
        QVERIFY(MessageCodec::writeProblem(MessageCodec::toBytes(message)).isEmpty());
    }

    // Wrong JSON types on fields the vendor has a code for carry that code.
    void wrongTypesCarryTheVendorsCode_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("from") << QByteArray("{\"from\":5}") << u"from"_s << u"INV-SENDER"_s;
        QTest::newRow("body") << QByteArray("{\"body\":true}") << u"body"_s << u"INV-MESSAGE-BODY"_s;
        QTest::newRow("title") << QByteArray("{\"title\":\"One\"}") << u"title"_s << u"E761"_s;
        QTest::newRow("title entry") << QByteArray("{\"title\":[null]}") << u"title[0]"_s << u"INV-TITLE"_s;
        QTest::newRow("category") << QByteArray("{\"category\":[]}") << u"category"_s << u"INV-CATEGORY"_s;
        QTest::newRow("rank") << QByteArray("{\"actions\":[{\"action_rank\":[]}]}") << u"actions[0].action_rank"_s
                              << u"INV-ACTION-RANK"_s;
        QTest::newRow("event date") << QByteArray("{\"actions\":[{\"action_type\":2,\"action_to\":{\"date\":1}}]}")
                                    << u"actions[0].action_to.date"_s << u"INV-ACTION-TO"_s;
        QTest::newRow("deep link") << QByteArray("{\"actions\":[{\"action_type\":3,\"deep_links\":[7]}]}")
                                   << u"actions[0].deep_links[0]"_s << u"INV-DEEP-LINKS"_s;
        QTest::newRow("to has none") << QByteArray("{\"to\":[]}") << u"to"_s << u"SOIP-JSON-TYPE"_s;
        QTest::newRow("button not an object")
            << QByteArray("{\"actions\":[7]}") << u"actions[0]"_s << u"SOIP-JSON-TYPE"_s;
    }

    void wrongTypesCarryTheVendorsCode()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, code);
        const ReadResult read = MessageCodec::read(json);
        QVERIFY(read.readable);
        const auto found = std::find_if(read.issues.cbegin(), read.issues.cend(),
                                        [&](const Issue &i) { return i.parameter == path; });
        QVERIFY2(found != read.issues.cend(), qPrintable(path));
        QCOMPARE(found->code, code);
    }

    // Only regular files are read: a FIFO with no writer blocked `soip validate` forever, and
    // /dev/zero was described as "4096 KiB".
    void onlyRegularFilesAreRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(!MessageCodec::readFile(dir.path()).error.isEmpty());
        QVERIFY2(MessageCodec::readFile(dir.path()).error.contains(u"folder"_s),
                 qPrintable(MessageCodec::readFile(dir.path()).error));
#ifdef Q_OS_UNIX
        const QString fifo = dir.filePath(u"fifo.json"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const ReadResult fromFifo = MessageCodec::readFile(fifo);
        QVERIFY(!fromFifo.readable);
        QVERIFY2(fromFifo.error.contains(u"not a regular file"_s), qPrintable(fromFifo.error));
        const ReadResult fromZero = MessageCodec::readFile(u"/dev/zero"_s);
        QVERIFY(!fromZero.readable);
        QVERIFY2(fromZero.error.contains(u"not a regular file"_s), qPrintable(fromZero.error));
#endif
    }

    void aFileLargerThanAMessageIsRefusedBySize()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"big.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(50 * 1024 * 1024)); // sparse: 50 MB of nothing, cheaply
        file.close();
        const ReadResult read = MessageCodec::readFile(file.fileName());
        QVERIFY(!read.readable);
        QVERIFY2(read.error.contains(u"51200 KiB"_s), qPrintable(read.error));
    }

    void deepNestingAndBadKeysAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("100000 deep") << "{\"x\":" + QByteArray(100'000, '[') << u"nested"_s;
        QTest::newRow("bad UTF-8 key") << QByteArray("{\"t\xC3\x28o\":\"1\"}") << u"UTF-8"_s;
        QTest::newRow("lone surrogate key") << QByteArray("{\"\xED\xA0\x80\":1}") << u"UTF-8"_s;
    }

    void deepNestingAndBadKeysAreClearErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const ReadResult read = MessageCodec::read(input);
        QVERIFY(!read.readable);
        QVERIFY2(read.error.contains(expected), qPrintable(read.error));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
