#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `soip validate` and `soip format` run as a user runs them: a separate process, real files.
class TestCliValidate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run soip(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(SOIP_CLI_PATH), arguments);
        if (!process.waitForStarted())
            qFatal("cannot start soip");
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            qFatal("soip did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write fixture");
        return path;
    }

    QString validFile() { return write(u"valid.json"_s, validMessage()); }
    QString invalidFile()
    {
        return write(u"invalid.json"_s,
                     "{\"to\":\"\",\"from\":\"TEST-NUM\",\"body\":\"Hi\",\"type\":\"TXT\",\"route\":\"FAST\"}");
    }

    static QByteArray validMessage()
    {
        return "{\"to\":\"919876543210, +91 87654 "
               "32109\",\"from\":\"TEST-NUM\",\"body\":\"नमस्ते\",\"type\":\"TXT\"}";
    }

    static QList<QJsonObject> jsonLines(const QString &out)
    {
        QList<QJsonObject> objects;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            if (error.error != QJsonParseError::NoError || !document.isObject())
                return {};
            objects.append(document.object());
        }
        return objects;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(SOIP_CLI_PATH)));
    }

    void validFileExitsZero()
    {
        const Run run = soip({u"validate"_s, validFile()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"The message is valid.\n"_s);
    }

    void invalidFileListsEveryProblem()
    {
        const Run run = soip({u"validate"_s, invalidFile()});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"error E750 to: The recipients field is empty"_s), qPrintable(run.out));
        QVERIFY2(lines.at(1).startsWith(u"error E752 route: "_s), qPrintable(run.out));
        QVERIFY(lines.at(2).contains(u"not valid"_s));
    }

    void severalFilesArePrefixedWithTheirNames()
    {
        const QString valid = validFile();
        const QString invalid = invalidFile();
        const Run run = soip({u"validate"_s, valid, invalid});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(valid + u": The message is valid."_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(invalid + u": error E750 to: "_s), qPrintable(run.out));
    }

    void warningsKeepAMessageValid()
    {
        const QString path =
            write(u"warning.json"_s,
                  "{\"to\":\"919876543210,919876543210\",\"from\":\"A\",\"body\":\"b\",\"type\":\"TXT\"}");
        const Run run = soip({u"validate"_s, u"--json"_s, path});
        QCOMPARE(run.exitCode, 0);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[u"valid"_s].toBool(), true);
        const QJsonObject issue = lines.first()[u"issues"_s].toArray().at(0).toObject();
        QCOMPARE(issue[u"severity"_s].toString(), u"warning"_s);
        QCOMPARE(issue[u"code"_s].toString(), u"SOIP-RECIPIENT-DUPLICATE"_s);
    }

    void jsonHasOneObjectPerFile()
    {
        const QString valid = validFile();
        const QString invalid = invalidFile();
        const QString missing = m_dir.filePath(u"missing.json"_s);
        const Run run = soip({u"validate"_s, u"--json"_s, valid, invalid, missing});
        QCOMPARE(run.exitCode, 2);
        const QList<QJsonObject> lines = jsonLines(run.out);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0)[u"file"_s].toString(), valid);
        QCOMPARE(lines.at(0)[u"valid"_s].toBool(), true);
        QVERIFY(lines.at(0)[u"issues"_s].isArray());
        QCOMPARE(lines.at(0)[u"issues"_s].toArray().size(), 0);

        QCOMPARE(lines.at(1)[u"valid"_s].toBool(), false);
        const QJsonObject issue = lines.at(1)[u"issues"_s].toArray().at(0).toObject();
        QCOMPARE(issue.keys(), (QStringList{u"code"_s, u"message"_s, u"parameter"_s, u"severity"_s}));
        QCOMPARE(issue[u"severity"_s].toString(), u"error"_s);
        QCOMPARE(issue[u"code"_s].toString(), u"E750"_s);
        QCOMPARE(issue[u"parameter"_s].toString(), u"to"_s);
        QVERIFY(!issue[u"message"_s].toString().isEmpty());

        QCOMPARE(lines.at(2)[u"valid"_s].toBool(), false);
        const QJsonObject unreadable = lines.at(2)[u"issues"_s].toArray().at(0).toObject();
        QCOMPARE(unreadable[u"code"_s].toString(), u"SOIP-UNREADABLE"_s);
        QCOMPARE(unreadable[u"parameter"_s].toString(), QString());
        QVERIFY(unreadable[u"message"_s].toString().contains(u"There is no file"_s));
    }

    void badFilesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("not JSON") << QByteArray("{\n  \"to\": \"91\",\n  oops\n}") << u"line 3, column"_s;
        QTest::newRow("array") << QByteArray("[{\"to\": \"919876543210\"}]") << u"array"_s;
        QTest::newRow("number") << QByteArray("42") << u"JSON object"_s;
        QTest::newRow("word") << QByteArray("\n  hello") << u"starts with “h” (at line 2, column 3)"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("{\"to\": \"\xC3\x28\"}") << u"UTF-8"_s;
        QTest::newRow("binary") << QByteArray(1000, '\0') << u"not a text file"_s;
        QTest::newRow("10 MB") << QByteArray(10 * 1024 * 1024, 'x') << u"The file is 10240 KiB"_s;
        QTest::newRow("deeply nested") << (QByteArray(100000, '[') + QByteArray(100000, ']')) << u"nested"_s;
        QTest::newRow("deeply nested object")
            << (QByteArray("{\"to\":") + QByteArray(3000, '[') + QByteArray(3000, ']') + "}") << u"nested"_s;
    }

    void badFilesAreClearErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(u"bad.json"_s, content);
        const Run run = soip({u"validate"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.startsWith(u"error SOIP-UNREADABLE: "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));

        const Run json = soip({u"validate"_s, u"--json"_s, path});
        QCOMPARE(json.exitCode, 2);
        const QList<QJsonObject> lines = jsonLines(json.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first()[u"valid"_s].toBool(), false);

        const Run format = soip({u"format"_s, path});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.out.isEmpty());
        QVERIFY2(format.err.contains(expected), qPrintable(format.err));
    }

    void hundredThousandRecipients()
    {
        QStringList numbers;
        for (int i = 0; i < 100000; ++i)
            numbers.append(QString::number(919000000000LL + i * 7919LL));
        const QByteArray json = "{\"to\":\"" + numbers.join(u", "_s).toUtf8() +
                                "\",\"from\":\"TEST-NUM\",\"body\":\"Hi\",\"type\":\"TXT\"}";
        const Run run = soip({u"validate"_s, write(u"many.json"_s, json)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"The message is valid.\n"_s);
    }

    void standardInput()
    {
        const Run valid = soip({u"validate"_s, u"--json"_s, u"-"_s}, validMessage());
        QCOMPARE(valid.exitCode, 0);
        QCOMPARE(jsonLines(valid.out).first()[u"file"_s].toString(), u"-"_s);
        const Run bad = soip({u"validate"_s, u"-"_s}, "nope");
        QCOMPARE(bad.exitCode, 2);
    }

    void wrongArguments()
    {
        QCOMPARE(soip({u"validate"_s}).exitCode, 64);
        QCOMPARE(soip({u"validate"_s, u"--frobnicate"_s, validFile()}).exitCode, 64);
        QCOMPARE(soip({u"format"_s}).exitCode, 64);
        QCOMPARE(soip({u"format"_s, validFile(), invalidFile()}).exitCode, 64);
    }

    void helpTexts()
    {
        const Run validate = soip({u"help"_s, u"validate"_s});
        QCOMPARE(validate.exitCode, 0);
        QVERIFY(validate.out.contains(u"--json"_s));
        QVERIFY(validate.out.contains(u"SOIP-UNREADABLE"_s));
        const Run format = soip({u"help"_s, u"format"_s});
        QCOMPARE(format.exitCode, 0);
        QVERIFY(format.out.contains(u"canonical"_s));
    }

    void formatPrintsCanonicalJson()
    {
        const QString path = write(
            u"draft.json"_s, "{\"type\":\"CTA\",\"to\":\"919876543210\",\"from\":\"A\",\"body\":\"b\","
                             "\"title\":[\"T\"],\"category\":\"C\",\"core_entity\":\"E\",\"campaign_name\":\"\","
                             "\"actions\":[{\"action_type\":\"4\",\"action_content\":\"Copy\",\"action_rank\":0,"
                             "\"action_to\":\"X\"}]}");
        const Run run = soip({u"format"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(!json.contains(u"campaign_name"_s));
        const QJsonObject action = json[u"actions"_s].toArray().at(0).toObject();
        QVERIFY(action[u"action_type"_s].isDouble());
        QCOMPARE(action[u"action_rank"_s].toString(), u"0"_s);

        const Run compact = soip({u"format"_s, u"--compact"_s, path});
        QCOMPARE(compact.out.count(u'\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(compact.out.toUtf8()).object(), json);
    }

    void formatStillPrintsAnInvalidMessage()
    {
        const Run run = soip({u"format"_s, invalidFile()});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object()[u"route"_s].toString(), u"FAST"_s);
        QVERIFY2(run.err.contains(u"not a valid SOIP message"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"error E750 to"_s));
    }

    void vendorSamplesValidate()
    {
        const QString dir = QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/");
        // The vendor's samples use placeholder numbers (13236xxxxx7), which are not numbers.
        const Run run = soip({u"validate"_s, u"--json"_s, dir + u"request-cta.json"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray issues = jsonLines(run.out).first()[u"issues"_s].toArray();
        QCOMPARE(issues.at(0).toObject()[u"code"_s].toString(), u"INV-MOB-PATTRN"_s);
        QVERIFY(issues.at(0).toObject()[u"message"_s].toString().contains(u"13236xxxxx7"_s));
    }

    // Found by hand: the counts ran together ("2 rows,2 valid,2 requests to send." and no newline)
    // because the English plural forms had lost their trailing space and line break.
    void campaignCheckSaysItsCountsAsASentenceAndItsWarnings()
    {
        const QString message = write(u"event.json"_s, R"({"to":"","from":"TEST-NUM","type":"CTA",
            "body":"Our sale","title":["Diwali"],"category":"Offers","core_entity":"Sale",
            "actions":[{"action_type":2,"action_content":"Save the date","action_rank":"0",
                        "action_to":{"date":"{{day}}","time":"10:00","title":"Sale","event":"In shops"}}]})");
        const QString people =
            write(u"people.csv"_s, "phone,day\n919876543210,2999-01-01\n919876543211,2020-05-01\n");
        const Run run = soip({u"campaign"_s, u"check"_s, message, people});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, u"2 rows, 2 valid, 2 requests to send.\n"_s);
        QVERIFY2(run.err.contains(u"  warning, 1 row (day): SOIP-DATE-PAST actions[0].action_to.date: "_s
                                  u"The event's date 2020-05-01 is in the past.\n"_s),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliValidate)
#include "tst_cli_validate.moc"
