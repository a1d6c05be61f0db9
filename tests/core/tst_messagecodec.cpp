#include "json/messagecodec.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestMessageCodec : public QObject {
    Q_OBJECT

private:
    static QByteArray readData(const QString &name)
    {
        QFile file(QStringLiteral(SOIP_TEST_DATA_DIR "/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return file.readAll();
    }

    static bool hasIssueAt(const QList<Issue> &issues, const QString &code, const QString &path)
    {
        for (const Issue &issue : issues) {
            if (issue.code == code && issue.parameter == path)
                return true;
        }
        return false;
    }

private slots:
    void vendorRequestsRoundTrip_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"request-txt.json", "request-rmc-image.json", "request-rmc-video.json", "request-cta.json"})
            QTest::newRow(name) << QStringLiteral("vendor/") + QLatin1String(name);
    }

    void vendorRequestsRoundTrip()
    {
        QFETCH(QString, file);
        const QByteArray original = readData(file);
        const ReadResult result = MessageCodec::read(original);
        QVERIFY2(result.readable, qPrintable(result.error));
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(MessageCodec::toJson(result.message), QJsonDocument::fromJson(original).object());
    }

    void vendorResponsesKeepTheMessage_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"response-txt.json", "response-rmc.json", "response-cta.json"})
            QTest::newRow(name) << QStringLiteral("vendor/") + QLatin1String(name);
    }

    void vendorResponsesKeepTheMessage()
    {
        // A response echo is the message plus kid/data, with null for absent arrays.
        QFETCH(QString, file);
        QJsonObject expected = QJsonDocument::fromJson(readData(file)).object();
        expected.remove(QStringLiteral("kid"));
        expected.remove(QStringLiteral("data"));
        for (const QString &key : expected.keys()) {
            if (expected.value(key).isNull())
                expected.remove(key);
        }
        const ReadResult result = MessageCodec::read(readData(file));
        QVERIFY(result.readable);
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(MessageCodec::toJson(result.message), expected);
    }

    // toBytes writes the text itself (for speed); it must be byte for byte what Qt writes.
    void toBytesIsWhatQtWrites_data()
    {
        QTest::addColumn<QByteArray>("json");
        for (const char *name :
             {"request-txt.json", "request-rmc-image.json", "request-rmc-video.json", "request-cta.json",
              "response-txt.json", "response-rmc.json", "response-cta.json"})
            QTest::newRow(name) << readData(QStringLiteral("vendor/") + QLatin1String(name));
        QTest::newRow("escapes") << QByteArray(
            "{\"to\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u0001\\u001f\\u007f\",\"body\":"
            "\"\u0928\u092e\u0938\u094d\u0924\u0947 \U0001F44D\U0001F3FD \u00e9\u20ac\",\"type\":\"TXT\"}");
        QTest::newRow("lone surrogates") << QByteArray("{\"body\":\"x\\ud800y\\udc00z\\udbff\"}");
        QTest::newRow("empty containers") << QByteArray(
            "{\"type\":\"CTA\",\"title\":[\"\"],\"actions\":[{\"action_type\":3},{\"action_type\":2},"
            "{\"action_type\":9,\"action_to\":{\"date\":\"d\"}},{\"action_content\":\"x\"}],"
            "\"rich_media\":[{},{\"media_type\":2,\"cover\":\"c\"}]}");
    }

    void toBytesIsWhatQtWrites()
    {
        QFETCH(QByteArray, json);
        const ReadResult result = MessageCodec::read(json);
        QVERIFY(result.readable);
        QVERIFY(result.message.unknownFields.isEmpty());
        const QJsonDocument qt(MessageCodec::toJson(result.message));
        QCOMPARE(MessageCodec::toBytes(result.message), qt.toJson(QJsonDocument::Indented));
        QCOMPARE(MessageCodec::toBytes(result.message, QJsonDocument::Compact), qt.toJson(QJsonDocument::Compact));
    }

    void canonicalTypesAreWritten()
    {
        const ReadResult result = MessageCodec::read(
            "{\"to\":\"919876543210\",\"from\":\"A\",\"body\":\"b\",\"type\":\"CTA\", "
            "\"actions\":[{\"action_type\":\"1\",\"action_content\":\"Go\",\"action_rank\":2,\"action_to\":"
            "\"https://a.in\"}], "
            "\"rich_media\":[{\"media_type\":\"2\",\"url\":\"https://a.in/v.mp4\",\"display_ratio\":\"tall\"}]}");
        QVERIFY(result.issues.isEmpty());
        const QJsonObject json = MessageCodec::toJson(result.message);
        const QJsonObject action = json[QStringLiteral("actions")].toArray().at(0).toObject();
        QVERIFY(action[QStringLiteral("action_type")].isDouble());
        QCOMPARE(action[QStringLiteral("action_rank")].toString(), QStringLiteral("2"));
        const QJsonObject media = json[QStringLiteral("rich_media")].toArray().at(0).toObject();
        QCOMPARE(media[QStringLiteral("media_type")].toInt(), 2);
    }

    void emptyOptionalFieldsAreLeftOut()
    {
        Message m;
        m.to = QStringLiteral("919876543210");
        m.from = QStringLiteral("A");
        m.body = QStringLiteral("b");
        m.type = QStringLiteral("TXT");
        const QJsonObject json = MessageCodec::toJson(m);
        QCOMPARE(json.keys(), (QStringList{u"body"_s, u"from"_s, u"to"_s, u"type"_s}));
    }

    void vendorStrayEventKeyIsRead()
    {
        const ReadResult result =
            MessageCodec::read("{\"type\":\"CTA\",\"actions\":[{\"action_type\":2, "
                               "\"action_content\":\"Add\",\"action_rank\":\"0\",\"action_to\":{\"date\":\"2021-"
                               "10-19\",\"time\":\"22:30\", \"title\":\"T\",\"   event\":\"Description\"}}]}");
        QVERIFY(result.issues.isEmpty());
        QCOMPARE(result.message.actions.at(0).event.description, QStringLiteral("Description"));
        const QJsonObject to = MessageCodec::toJson(result.message)[QStringLiteral("actions")]
                                   .toArray()
                                   .at(0)
                                   .toObject()[QStringLiteral("action_to")]
                                   .toObject();
        QCOMPARE(to[QStringLiteral("event")].toString(), QStringLiteral("Description"));
    }

    void wrongJsonTypeIsAnIssueOnThatField()
    {
        const ReadResult result = MessageCodec::read("{\"to\":919876543210,\"title\":\"One\",\"type\":\"RMC\", "
                                                     "\"actions\":[{\"action_type\":2,\"action_content\":\"x\","
                                                     "\"action_rank\":\"0\",\"action_to\":\"tomorrow\"}]}");
        QVERIFY(result.readable);
        QVERIFY(hasIssueAt(result.issues, QStringLiteral("SOIP-JSON-TYPE"), QStringLiteral("to")));
        // Where the vendor has a code for the field, the issue carries it.
        QVERIFY(hasIssueAt(result.issues, QStringLiteral("E761"), QStringLiteral("title")));
        QVERIFY(
            hasIssueAt(result.issues, QStringLiteral("INV-ACTION-TO"), QStringLiteral("actions[0].action_to")));
        QCOMPARE(result.message.to, QStringLiteral("919876543210"));
        QCOMPARE(result.message.titles, QStringList{QStringLiteral("One")});
    }

    void unreadableInputs_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("not json") << QByteArray("{\n  \"to\": oops\n}") << QStringLiteral("line 2, column");
        QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("array");
        QTest::newRow("bad utf-8") << QByteArray("{\"to\": \"\xff\xfe\"}") << QStringLiteral("UTF-8");
        QTest::newRow("deep") << QByteArray(5000, '[') << QStringLiteral("nested");
        QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, ' ') << QStringLiteral("KiB");
    }

    void unreadableInputs()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const ReadResult result = MessageCodec::read(input);
        QVERIFY(!result.readable);
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestMessageCodec)
#include "tst_messagecodec.moc"
