// The one table of API field names and paths, and the one JSON path syntax (issue 10).
#include "model/apifield.h"
#include "net/vendorerror.h"
#include "json/jsonpath.h"

#include <QSet>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestApiFields : public QObject {
    Q_OBJECT

private slots:
    void pathsParseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("top") << u"to"_s;
        QTest::newRow("entry") << u"title[2]"_s;
        QTest::newRow("nested") << u"actions[2].action_to.date"_s;
        QTest::newRow("deep link") << u"actions[3].deep_links[0].packageName"_s;
        QTest::newRow("whole message") << QString();
    }

    void pathsParseAndPrint()
    {
        QFETCH(QString, text);
        const std::optional<JsonPath> path = JsonPath::parse(text);
        QVERIFY(path);
        QCOMPARE(path->toString(), text);
        QCOMPARE(JsonPath::parse(path->toString()), path);
    }

    void pathsAreBuiltAsTheyPrint()
    {
        const JsonPath built = JsonPath().field(u"actions"_s).at(2).field(u"action_to"_s).field(u"date"_s);
        QCOMPARE(built.toString(), u"actions[2].action_to.date"_s);
        QCOMPARE(JsonPath::parse(u" actions[2] . action_to.date "_s), built); // the vendor's spacing
        QVERIFY(JsonPath::parse(u"actions[1].action_to"_s) != JsonPath::parse(u"actions[2].action_to"_s));
        QCOMPARE(jsonpath::index(jsonpath::field(u"actions[1]"_s, u"deep_links"_s), 0),
                 u"actions[1].deep_links[0]"_s);
    }

    void malformedPathsAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty step") << u"actions..date"_s;
        QTest::newRow("no key") << u"[2]"_s;
        QTest::newRow("not a number") << u"title[x]"_s;
        QTest::newRow("negative") << u"title[-1]"_s;
        QTest::newRow("two indices") << u"a[1][2]"_s;
        QTest::newRow("unclosed") << u"title[1"_s;
        QTest::newRow("trailing dot") << u"to."_s;
    }

    void malformedPathsAreRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!JsonPath::parse(text));
    }

    void theTableIsInEnumOrderWithOneKeyPerParent()
    {
        QSet<QString> seen;
        for (int i = 1; i <= static_cast<int>(ApiField::Data); ++i) {
            const ApiFields::Info &info = ApiFields::info(static_cast<ApiField>(i));
            QCOMPARE(static_cast<int>(info.field), i);
            const QString key = QString::number(static_cast<int>(info.parent)) + u'/' + QString(info.key);
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
        }
    }

    void pathsNameTheirField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("field");
        QTest::newRow("to") << u"to"_s << int(ApiField::To);
        QTest::newRow("title entry") << u"title[3]"_s << int(ApiField::Title);
        QTest::newRow("event title") << u"actions[1].action_to.title"_s << int(ApiField::EventTitle);
        QTest::newRow("package") << u"actions[0].deep_links[2].packageName"_s << int(ApiField::PackageName);
        QTest::newRow("media url") << u"rich_media[0].url"_s << int(ApiField::Url);
        QTest::newRow("unknown") << u"actions[0].colour"_s << int(ApiField::None);
        QTest::newRow("url at the top") << u"url"_s << int(ApiField::None);
        QTest::newRow("malformed") << u"title[x]"_s << int(ApiField::None);
    }

    void pathsNameTheirField()
    {
        QFETCH(QString, path);
        QFETCH(int, field);
        QCOMPARE(int(ApiFields::at(path)), field);
    }

    void vendorCodesNameTheirField()
    {
        QCOMPARE(VendorError::parameterFor(u"E750"_s), u"to"_s);
        QCOMPARE(VendorError::parameterFor(u"inv-action-to"_s), u"actions"_s);
        QCOMPARE(VendorError::parameterFor(u"INV-MEDIA-DISPLAY-RATIO"_s), u"rich_media"_s);
        QCOMPARE(VendorError::parameterFor(u"INV-ROUTE"_s), u"route"_s);
        QCOMPARE(VendorError::parameterFor(u"NO-CREDITS"_s), QString());
        QCOMPARE(ApiFields::wrongTypeCode(*JsonPath::parse(u"title"_s)), u"E761"_s);
        QCOMPARE(ApiFields::wrongTypeCode(*JsonPath::parse(u"title[0]"_s)), u"INV-TITLE"_s);
        QCOMPARE(ApiFields::wrongTypeCode(*JsonPath::parse(u"to"_s)), QString());
    }
};

QTEST_GUILESS_MAIN(TestApiFields)
#include "tst_apifields.moc"
