#include "validation/validator.h"
#include "json/messagecodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

// Sets (or with an undefined value, removes) the value at a JSON path such as
// `actions[1].action_to.date` in `root`.
QJsonValue setAt(const QJsonValue &node, const QStringList &steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.first();
    const QStringList rest = steps.mid(1);
    if (step.startsWith(u'[')) {
        QJsonArray array = node.toArray();
        const int i = step.mid(1, step.size() - 2).toInt();
        if (rest.isEmpty() && value.isUndefined()) {
            array.removeAt(i);
        } else {
            while (array.size() <= i)
                array.append(QJsonObject());
            array[i] = setAt(array.at(i), rest, value);
        }
        return array;
    }
    QJsonObject object = node.toObject();
    if (rest.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = setAt(object.value(step), rest, value);
    return object;
}

QJsonObject withValue(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    static const QRegularExpression stepPattern(u"[^.\\[]+|\\[\\d+\\]"_s);
    QStringList steps;
    for (auto it = stepPattern.globalMatch(path); it.hasNext();)
        steps.append(it.next().captured());
    return setAt(root, steps, value).toObject();
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", json.constData());
    return document.object();
}

QJsonObject baseTxt()
{
    return parse("{\"to\":\"919876543210\",\"from\":\"TEST-NUM\",\"body\":\"Hello\",\"type\":\"TXT\"}");
}

QJsonObject baseRmc()
{
    return parse("{\"to\":\"919876543210\",\"from\":\"TEST-NUM\",\"body\":\"Hello\",\"type\":\"RMC\","
                 "\"title\":[\"Sale\"],\"category\":\"Offers\",\"rich_media\":[{\"media_type\":1,"
                 "\"url\":\"https://example.com/a.jpg\",\"display_ratio\":\"normal\"}]}");
}

QJsonObject baseCta()
{
    return parse(
        "{\"to\":\"919876543210\",\"from\":\"TEST-NUM\",\"body\":\"Hello\",\"type\":\"CTA\","
        "\"title\":[\"t0\",\"t1\",\"t2\",\"t3\"],\"category\":\"Offers\",\"core_entity\":\"Order\","
        "\"actions\":["
        "{\"action_type\":1,\"action_content\":\"Open Link\",\"action_rank\":\"0\","
        "\"action_to\":\"https://www.kaleyra.com\"},"
        "{\"action_type\":2,\"action_content\":\"Add Event\",\"action_rank\":\"1\",\"action_to\":"
        "{\"date\":\"2099-10-19\",\"time\":\"22:30\",\"title\":\"Sale\",\"event\":\"Big sale\"}},"
        "{\"action_type\":3,\"action_content\":\"Open App\",\"action_rank\":\"2\",\"deep_links\":"
        "[{\"action\":\"android.intent.action.MAIN\",\"packageName\":\"com.flipkart.android\","
        "\"className\":\"com.flipkart.android.SplashActivity\"}]},"
        "{\"action_type\":4,\"action_content\":\"Copy Code\",\"action_rank\":\"3\",\"action_to\":\"SALE50\"}"
        "]}");
}

QJsonObject base(const QString &name)
{
    if (name == u"TXT")
        return baseTxt();
    if (name == u"RMC")
        return baseRmc();
    return baseCta();
}

QJsonValue value(const QString &json)
{
    if (json == u"<remove>")
        return QJsonValue(QJsonValue::Undefined);
    return parse("{\"v\":" + json.toUtf8() + "}").value(u"v"_s);
}

QList<Issue> validateJson(const QJsonObject &object)
{
    return Validator::validate(MessageCodec::fromJson(object));
}

QString describe(const QList<Issue> &issues)
{
    QStringList lines;
    for (const Issue &i : issues)
        lines.append(severityToString(i.severity) + u' ' + i.code + u' ' + i.parameter + u": " + i.message);
    return lines.join(u'\n');
}

QString repeated(const QString &text, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += text;
    return out;
}

QString jsonString(const QString &text)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT

private slots:
    void baseMessagesAreValidWithoutWarnings_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("TXT") << u"TXT"_s;
        QTest::newRow("RMC") << u"RMC"_s;
        QTest::newRow("CTA") << u"CTA"_s;
    }

    void baseMessagesAreValidWithoutWarnings()
    {
        QFETCH(QString, type);
        const QList<Issue> issues = validateJson(base(type));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    // One row per rule: a change to a valid message, and the issue it must cause.
    void ruleIsReported_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<QString>("severity");

        const auto row = [](const char *name, const QString &type, const QString &path, const QString &json,
                            const QString &code, const QString &parameter, const QString &severity = u"error"_s) {
            QTest::newRow(name) << type << path << json << code << parameter << severity;
        };
        // Recipients.
        row("to empty", u"TXT"_s, u"to"_s, u"\"\""_s, u"E750"_s, u"to"_s);
        row("to blank", u"TXT"_s, u"to"_s, u"\"  \""_s, u"E750"_s, u"to"_s);
        row("to missing", u"TXT"_s, u"to"_s, u"<remove>"_s, u"E750"_s, u"to"_s);
        row("to too short", u"TXT"_s, u"to"_s, u"\"12345\""_s, u"INV-NUMBER"_s, u"to"_s);
        row("to no country code", u"TXT"_s, u"to"_s, u"\"9876543210\""_s, u"INV-NUMBER"_s, u"to"_s);
        row("to unknown range", u"TXT"_s, u"to"_s, u"\"910123456789\""_s, u"INV-NUMBER"_s, u"to"_s);
        row("to letters", u"TXT"_s, u"to"_s, u"\"13236xxxxx7\""_s, u"INV-MOB-PATTRN"_s, u"to"_s);
        row("to plus inside", u"TXT"_s, u"to"_s, u"\"91+9876543210\""_s, u"INV-MOB-PATTRN"_s, u"to"_s);
        row("to empty entry", u"TXT"_s, u"to"_s, u"\"919876543210,,919876543211\""_s, u"SOIP-RECIPIENT-EMPTY"_s,
            u"to"_s);
        row("to duplicate", u"TXT"_s, u"to"_s, u"\"919876543210, +91 98765 43210\""_s,
            u"SOIP-RECIPIENT-DUPLICATE"_s, u"to"_s, u"warning"_s);
        row("to not Indian", u"TXT"_s, u"to"_s, u"\"+16502530000\""_s, u"SOIP-RECIPIENT-NOT-INDIAN"_s, u"to"_s,
            u"warning"_s);
        row("to number type", u"TXT"_s, u"to"_s, u"919876543210"_s, u"SOIP-JSON-TYPE"_s, u"to"_s);
        // Common fields.
        row("from empty", u"TXT"_s, u"from"_s, u"\"\""_s, u"INV-SENDER"_s, u"from"_s);
        row("from missing", u"TXT"_s, u"from"_s, u"<remove>"_s, u"INV-SENDER"_s, u"from"_s);
        row("body empty", u"TXT"_s, u"body"_s, u"\"\""_s, u"INV-MESSAGE-BODY"_s, u"body"_s);
        row("body too long", u"TXT"_s, u"body"_s, jsonString(repeated(u"a"_s, 4001)), u"INV-MESSAGE-BODY"_s,
            u"body"_s);
        row("body too long Devanagari", u"TXT"_s, u"body"_s, jsonString(repeated(u"कि"_s, 4001)),
            u"INV-MESSAGE-BODY"_s, u"body"_s);
        row("type missing", u"TXT"_s, u"type"_s, u"<remove>"_s, u"INV-TYPE"_s, u"type"_s);
        row("type unknown", u"TXT"_s, u"type"_s, u"\"SMS\""_s, u"E754"_s, u"type"_s);
        row("type lower case", u"TXT"_s, u"type"_s, u"\"txt\""_s, u"E754"_s, u"type"_s);
        row("route unknown", u"TXT"_s, u"route"_s, u"\"ABC\""_s, u"E752"_s, u"route"_s);
        row("route lower case", u"TXT"_s, u"route"_s, u"\"otp\""_s, u"E752"_s, u"route"_s);
        row("source unknown", u"TXT"_s, u"source"_s, u"\"WEB\""_s, u"INV-SOURCE"_s, u"source"_s, u"warning"_s);
        row("TXT with title", u"TXT"_s, u"title"_s, u"[\"x\"]"_s, u"SOIP-FIELD-IGNORED"_s, u"title"_s,
            u"warning"_s);
        row("TXT with actions", u"TXT"_s, u"actions"_s,
            u"[{\"action_type\":4,\"action_content\":\"C\",\"action_rank\":\"0\",\"action_to\":\"x\"}]"_s,
            u"SOIP-FIELD-IGNORED"_s, u"actions"_s, u"warning"_s);
        // Cards.
        row("RMC no title", u"RMC"_s, u"title"_s, u"[]"_s, u"E761"_s, u"title"_s);
        row("RMC title missing", u"RMC"_s, u"title"_s, u"<remove>"_s, u"E761"_s, u"title"_s);
        row("CTA five titles", u"CTA"_s, u"title[4]"_s, u"\"t4\""_s, u"E761"_s, u"title"_s);
        row("empty title", u"CTA"_s, u"title[2]"_s, u"\" \""_s, u"INV-TITLE"_s, u"title[2]"_s);
        row("title number", u"CTA"_s, u"title[1]"_s, u"5"_s, u"INV-TITLE"_s, u"title[1]"_s);
        row("category missing", u"RMC"_s, u"category"_s, u"<remove>"_s, u"INV-CATEGORY"_s, u"category"_s);
        row("CTA category empty", u"CTA"_s, u"category"_s, u"\"\""_s, u"INV-CATEGORY"_s, u"category"_s);
        row("RMC no media", u"RMC"_s, u"rich_media"_s, u"<remove>"_s, u"SOIP-MEDIA-MISSING"_s, u"rich_media"_s);
        row("RMC two media", u"RMC"_s, u"rich_media[1]"_s,
            u"{\"media_type\":1,\"url\":\"https://e.com/b.jpg\",\"display_ratio\":\"normal\"}"_s,
            u"SOIP-MEDIA-COUNT"_s, u"rich_media"_s);
        row("media type 3", u"RMC"_s, u"rich_media[0].media_type"_s, u"3"_s, u"INV-MEDIA-TYPE"_s,
            u"rich_media[0].media_type"_s);
        row("media type missing", u"RMC"_s, u"rich_media[0].media_type"_s, u"<remove>"_s, u"INV-MEDIA-TYPE"_s,
            u"rich_media[0].media_type"_s);
        row("media url missing", u"RMC"_s, u"rich_media[0].url"_s, u"<remove>"_s, u"INV-MEDIA-URL"_s,
            u"rich_media[0].url"_s);
        row("media url ftp", u"RMC"_s, u"rich_media[0].url"_s, u"\"ftp://e.com/a.jpg\""_s, u"INV-MEDIA-URL"_s,
            u"rich_media[0].url"_s);
        row("media url no scheme", u"RMC"_s, u"rich_media[0].url"_s, u"\"example.com/a.jpg\""_s,
            u"INV-MEDIA-URL"_s, u"rich_media[0].url"_s);
        row("media url no host", u"RMC"_s, u"rich_media[0].url"_s, u"\"https:///a.jpg\""_s, u"INV-MEDIA-URL"_s,
            u"rich_media[0].url"_s);
        row("media url space", u"RMC"_s, u"rich_media[0].url"_s, u"\"https://e.com/a b.jpg\""_s,
            u"INV-MEDIA-URL"_s, u"rich_media[0].url"_s);
        row("ratio unknown", u"RMC"_s, u"rich_media[0].display_ratio"_s, u"\"wide\""_s,
            u"INV-MEDIA-DISPLAY-RATIO"_s, u"rich_media[0].display_ratio"_s);
        row("ratio missing", u"RMC"_s, u"rich_media[0].display_ratio"_s, u"<remove>"_s,
            u"INV-MEDIA-DISPLAY-RATIO"_s, u"rich_media[0].display_ratio"_s);
        row("video normal", u"RMC"_s, u"rich_media[0].media_type"_s, u"2"_s, u"INV-MEDIA-DISPLAY-RATIO"_s,
            u"rich_media[0].display_ratio"_s);
        row("cover bad", u"RMC"_s, u"rich_media[0]"_s,
            u"{\"media_type\":2,\"url\":\"https://e.com/v.mp4\",\"display_ratio\":\"tall\",\"cover\":\"cover.jpg\"}"_s,
            u"INV-MEDIA-URL"_s, u"rich_media[0].cover"_s);
        row("cover on image", u"RMC"_s, u"rich_media[0].cover"_s, u"\"https://e.com/c.jpg\""_s,
            u"SOIP-FIELD-IGNORED"_s, u"rich_media[0].cover"_s, u"warning"_s);
        row("RMC core entity", u"RMC"_s, u"core_entity"_s, u"\"x\""_s, u"SOIP-FIELD-IGNORED"_s, u"core_entity"_s,
            u"warning"_s);
        row("CTA media", u"CTA"_s, u"rich_media"_s,
            u"[{\"media_type\":1,\"url\":\"https://e.com/b.jpg\",\"display_ratio\":\"normal\"}]"_s,
            u"SOIP-FIELD-IGNORED"_s, u"rich_media"_s, u"warning"_s);
        row("CTA no core entity", u"CTA"_s, u"core_entity"_s, u"<remove>"_s, u"SOIP-CORE-ENTITY"_s,
            u"core_entity"_s);
        // Buttons.
        row("CTA no actions", u"CTA"_s, u"actions"_s, u"[]"_s, u"E757"_s, u"actions"_s);
        row("CTA actions missing", u"CTA"_s, u"actions"_s, u"<remove>"_s, u"E757"_s, u"actions"_s);
        row("fifth action", u"CTA"_s, u"actions[4]"_s,
            u"{\"action_type\":4,\"action_content\":\"More\",\"action_rank\":\"3\",\"action_to\":\"x\"}"_s,
            u"SOIP-ACTION-COUNT"_s, u"actions"_s);
        row("action type 9", u"CTA"_s, u"actions[0].action_type"_s, u"9"_s, u"INV-ACTION-TYPE"_s,
            u"actions[0].action_type"_s);
        row("action type missing", u"CTA"_s, u"actions[0].action_type"_s, u"<remove>"_s, u"INV-ACTION-TYPE"_s,
            u"actions[0].action_type"_s);
        row("action type text", u"CTA"_s, u"actions[0].action_type"_s, u"\"link\""_s, u"INV-ACTION-TYPE"_s,
            u"actions[0].action_type"_s);
        row("label empty", u"CTA"_s, u"actions[0].action_content"_s, u"\"\""_s, u"INV-ACTION-CONTENT"_s,
            u"actions[0].action_content"_s);
        row("label 29", u"CTA"_s, u"actions[0].action_content"_s, jsonString(repeated(u"x"_s, 29)),
            u"SOIP-LABEL-LENGTH"_s, u"actions[0].action_content"_s);
        row("rank 4", u"CTA"_s, u"actions[0].action_rank"_s, u"\"4\""_s, u"INV-ACTION-RANK"_s,
            u"actions[0].action_rank"_s);
        row("rank missing", u"CTA"_s, u"actions[0].action_rank"_s, u"<remove>"_s, u"INV-ACTION-RANK"_s,
            u"actions[0].action_rank"_s);
        row("rank -1", u"CTA"_s, u"actions[0].action_rank"_s, u"-1"_s, u"INV-ACTION-RANK"_s,
            u"actions[0].action_rank"_s);
        row("rank duplicate", u"CTA"_s, u"actions[3].action_rank"_s, u"\"1\""_s, u"INV-ACTION-RANK"_s,
            u"actions[3].action_rank"_s);
        row("link missing", u"CTA"_s, u"actions[0].action_to"_s, u"<remove>"_s, u"INV-ACTION-TO"_s,
            u"actions[0].action_to"_s);
        row("link no scheme", u"CTA"_s, u"actions[0].action_to"_s, u"\"www.kaleyra.com\""_s, u"INV-ACTION-TO"_s,
            u"actions[0].action_to"_s);
        row("link javascript", u"CTA"_s, u"actions[0].action_to"_s, u"\"javascript:alert(1)\""_s,
            u"INV-ACTION-TO"_s, u"actions[0].action_to"_s);
        row("link with deep links", u"CTA"_s, u"actions[0].deep_links"_s,
            u"[{\"action\":\"a.b\",\"packageName\":\"a.b\",\"className\":\"a.b\"}]"_s, u"SOIP-FIELD-IGNORED"_s,
            u"actions[0].deep_links"_s, u"warning"_s);
        row("event missing", u"CTA"_s, u"actions[1].action_to"_s, u"<remove>"_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to"_s);
        row("event as text", u"CTA"_s, u"actions[1].action_to"_s, u"\"tomorrow\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to"_s);
        row("date missing", u"CTA"_s, u"actions[1].action_to.date"_s, u"<remove>"_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.date"_s);
        row("date impossible", u"CTA"_s, u"actions[1].action_to.date"_s, u"\"2099-02-30\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.date"_s);
        row("date month 13", u"CTA"_s, u"actions[1].action_to.date"_s, u"\"2099-13-01\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.date"_s);
        row("date other order", u"CTA"_s, u"actions[1].action_to.date"_s, u"\"19-10-2099\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.date"_s);
        row("date past", u"CTA"_s, u"actions[1].action_to.date"_s, u"\"2021-10-19\""_s, u"SOIP-DATE-PAST"_s,
            u"actions[1].action_to.date"_s, u"warning"_s);
        row("time 24:00", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"24:00\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.time"_s);
        row("time one digit", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"9:30\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.time"_s);
        row("time pm", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"10:30 PM\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.time"_s);
        row("time missing", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.time"_s);
        row("event title missing", u"CTA"_s, u"actions[1].action_to.title"_s, u"<remove>"_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.title"_s);
        row("event description missing", u"CTA"_s, u"actions[1].action_to.event"_s, u"\"\""_s, u"INV-ACTION-TO"_s,
            u"actions[1].action_to.event"_s);
        row("deep links missing", u"CTA"_s, u"actions[2].deep_links"_s, u"<remove>"_s, u"INV-DEEP-LINKS"_s,
            u"actions[2].deep_links"_s);
        row("deep links empty", u"CTA"_s, u"actions[2].deep_links"_s, u"[]"_s, u"INV-DEEP-LINKS"_s,
            u"actions[2].deep_links"_s);
        row("deep link empty entry", u"CTA"_s, u"actions[2].deep_links[1]"_s, u"{}"_s, u"INV-DEEP-LINKS"_s,
            u"actions[2].deep_links[1]"_s);
        row("intent action missing", u"CTA"_s, u"actions[2].deep_links[0].action"_s, u"\"\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].action"_s);
        row("intent action bad", u"CTA"_s, u"actions[2].deep_links[0].action"_s, u"\"MAIN\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].action"_s);
        row("package missing", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"<remove>"_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].packageName"_s);
        row("package one part", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"\"flipkart\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].packageName"_s);
        row("package double dot", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"\"com..flipkart\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].packageName"_s);
        row("package digit start", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"\"com.1flipkart\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].packageName"_s);
        row("package dash", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"\"com.flip-kart\""_s,
            u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].packageName"_s);
        row("class missing", u"CTA"_s, u"actions[2].deep_links[0].className"_s, u"\"\""_s, u"INV-DEEP-LINKS"_s,
            u"actions[2].deep_links[0].className"_s);
        row("class space", u"CTA"_s, u"actions[2].deep_links[0].className"_s,
            u"\"com.flipkart.Splash Activity\""_s, u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].className"_s);
        row("class other URL", u"CTA"_s, u"actions[2].deep_links[0].className"_s,
            u"\"https://flipkart.com/app\""_s, u"INV-DEEP-LINKS"_s, u"actions[2].deep_links[0].className"_s);
        row("class store bad id", u"CTA"_s, u"actions[2].deep_links[0].className"_s,
            u"\"https://play.google.com/store/apps/details?id=flip\""_s, u"INV-DEEP-LINKS"_s,
            u"actions[2].deep_links[0].className"_s);
        row("class store other app", u"CTA"_s, u"actions[2].deep_links[0].className"_s,
            u"\"https://play.google.com/store/apps/details?id=com.amazon.mShop.android.shopping\""_s,
            u"SOIP-PLAY-STORE-PACKAGE"_s, u"actions[2].deep_links[0].className"_s, u"warning"_s);
        row("open app with action_to", u"CTA"_s, u"actions[2].action_to"_s, u"\"x\""_s, u"SOIP-FIELD-IGNORED"_s,
            u"actions[2].action_to"_s, u"warning"_s);
        row("copy text missing", u"CTA"_s, u"actions[3].action_to"_s, u"\"\""_s, u"INV-ACTION-TO"_s,
            u"actions[3].action_to"_s);
        row("call number missing", u"CTA"_s, u"actions[3].action_type"_s, u"5"_s, u"INV-ACTION-TO"_s,
            u"actions[3].action_to"_s); // "SALE50" is not a number
        row("call number short", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"12\"}"_s,
            u"INV-ACTION-TO"_s, u"actions[3].action_to"_s);
        row("call number empty", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\"}"_s, u"INV-ACTION-TO"_s,
            u"actions[3].action_to"_s);
        row("RMC action checked", u"RMC"_s, u"actions"_s,
            u"[{\"action_type\":1,\"action_content\":\"Go\",\"action_rank\":\"0\",\"action_to\":\"x\"}]"_s,
            u"INV-ACTION-TO"_s, u"actions[0].action_to"_s);
    }

    void ruleIsReported()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QString, json);
        QFETCH(QString, code);
        QFETCH(QString, parameter);
        QFETCH(QString, severity);
        const QList<Issue> issues = validateJson(withValue(base(type), path, value(json)));
        const auto found = std::find_if(issues.cbegin(), issues.cend(), [&](const Issue &i) {
            return i.code == code && i.parameter == parameter && severityToString(i.severity) == severity;
        });
        QVERIFY2(found != issues.cend(), qPrintable(describe(issues)));
        QVERIFY(!found->message.isEmpty());
        // Exactly one report for this path: a wrong JSON type is not repeated as a missing value.
        const auto onPath = std::count_if(issues.cbegin(), issues.cend(),
                                          [&](const Issue &i) { return i.parameter == parameter; });
        QCOMPARE(onPath, 1);
    }

    // One row per rule: a change that stays within it.
    void validValueIsAccepted_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("json");
        const auto row = [](const char *name, const QString &type, const QString &path, const QString &json) {
            QTest::newRow(name) << type << path << json;
        };
        row("to with plus", u"TXT"_s, u"to"_s, u"\"+919876543210\""_s);
        row("to grouped", u"TXT"_s, u"to"_s, u"\"+91 98765 43210\""_s);
        row("to list with spaces", u"TXT"_s, u"to"_s, u"\"919876543210 , +918765432109,917012345678\""_s);
        row("to list", u"TXT"_s, u"to"_s, u"\"919876543210,918765432109\""_s);
        row("body 4000", u"TXT"_s, u"body"_s, jsonString(repeated(u"a"_s, 4000)));
        row("body 4000 Devanagari", u"TXT"_s, u"body"_s, jsonString(repeated(u"कि"_s, 4000)));
        row("body 4000 emoji", u"TXT"_s, u"body"_s, jsonString(repeated(u"👍🏽"_s, 4000)));
        row("route MKT", u"TXT"_s, u"route"_s, u"\"MKT\""_s);
        row("route TXN", u"TXT"_s, u"route"_s, u"\"TXN\""_s);
        row("route OTP", u"TXT"_s, u"route"_s, u"\"OTP\""_s);
        row("route empty", u"TXT"_s, u"route"_s, u"\"\""_s);
        row("source API", u"TXT"_s, u"source"_s, u"\"API\""_s);
        row("campaign", u"TXT"_s, u"campaign_name"_s, u"\"New Campaign\""_s);
        row("callback", u"TXT"_s, u"callback_profile_id"_s, u"\"SG_0a1b\""_s);
        row("one title", u"CTA"_s, u"title"_s, u"[\"only\"]"_s);
        row("sub category", u"RMC"_s, u"sub_category"_s, u"\"Sub\""_s);
        row("video tall with cover", u"RMC"_s, u"rich_media[0]"_s,
            u"{\"media_type\":2,\"url\":\"http://e.com/v.mp4\",\"display_ratio\":\"tall\",\"cover\":\"https://e.com/c.jpg\"}"_s);
        row("image tall", u"RMC"_s, u"rich_media[0].display_ratio"_s, u"\"tall\""_s);
        row("media type as text", u"RMC"_s, u"rich_media[0].media_type"_s, u"\"1\""_s);
        row("RMC without actions", u"RMC"_s, u"actions"_s, u"[]"_s);
        row("one action", u"CTA"_s, u"actions"_s,
            u"[{\"action_type\":4,\"action_content\":\"Copy\",\"action_rank\":\"0\",\"action_to\":\"x\"}]"_s);
        row("label 28", u"CTA"_s, u"actions[0].action_content"_s, jsonString(repeated(u"x"_s, 28)));
        row("label 28 Devanagari", u"CTA"_s, u"actions[0].action_content"_s, jsonString(repeated(u"कि"_s, 28)));
        row("rank as number", u"CTA"_s, u"actions[0].action_rank"_s, u"0"_s);
        row("link with query", u"CTA"_s, u"actions[0].action_to"_s, u"\"https://e.com/p?a=1&b=%20#x\""_s);
        row("leap day", u"CTA"_s, u"actions[1].action_to.date"_s, u"\"2096-02-29\""_s);
        row("midnight", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"00:00\""_s);
        row("last minute", u"CTA"_s, u"actions[1].action_to.time"_s, u"\"23:59\""_s);
        row("store URL", u"CTA"_s, u"actions[2].deep_links[0].className"_s,
            u"\"https://play.google.com/store/apps/details?id=com.flipkart.android&hl=en\""_s);
        row("class with dollar", u"CTA"_s, u"actions[2].deep_links[0].className"_s, u"\"com.a.Main$Inner\""_s);
        row("package underscore", u"CTA"_s, u"actions[2].deep_links[0].packageName"_s, u"\"com.my_app.x2\""_s);
        row("two deep links", u"CTA"_s, u"actions[2].deep_links[1]"_s,
            u"{\"action\":\"android.intent.action.VIEW\",\"packageName\":\"in.amazon.mShop.android.shopping\",\"className\":\"com.amazon.mShop.home.HomeActivity\"}"_s);
        row("call mobile", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"+919876543210\"}"_s);
        row("call local mobile", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"98765 43210\"}"_s);
        row("call landline", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"022 2345 6789\"}"_s);
        row("call toll free", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"1800 180 1551\"}"_s);
        row("call short", u"CTA"_s, u"actions[3]"_s,
            u"{\"action_type\":5,\"action_content\":\"Call\",\"action_rank\":\"3\",\"action_to\":\"112\"}"_s);
    }

    void validValueIsAccepted()
    {
        QFETCH(QString, type);
        QFETCH(QString, path);
        QFETCH(QString, json);
        const QList<Issue> issues = validateJson(withValue(base(type), path, value(json)));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void everyProblemIsReportedAtOnce()
    {
        QJsonObject cta = baseCta();
        cta = withValue(cta, u"to"_s, u"12345, abc, 919876543210"_s);
        cta = withValue(cta, u"from"_s, QJsonValue(QJsonValue::Undefined));
        cta = withValue(cta, u"route"_s, u"FAST"_s);
        cta = withValue(cta, u"actions[1].action_to.date"_s, u"2099-02-30"_s);
        cta = withValue(cta, u"actions[1].action_to.time"_s, u"25:00"_s);
        cta = withValue(cta, u"actions[3].action_rank"_s, u"0"_s);
        const QList<Issue> issues = validateJson(cta);
        QStringList got;
        for (const Issue &i : issues)
            got.append(i.code + u' ' + i.parameter);
        const QStringList expected = {u"INV-NUMBER to"_s,
                                      u"INV-MOB-PATTRN to"_s,
                                      u"INV-SENDER from"_s,
                                      u"E752 route"_s,
                                      u"INV-ACTION-TO actions[1].action_to.date"_s,
                                      u"INV-ACTION-TO actions[1].action_to.time"_s,
                                      u"INV-ACTION-RANK actions[3].action_rank"_s};
        QCOMPARE(got, expected);
    }

    void pathsCountEntriesTheCodecLeftOut()
    {
        // The first button is not an object: the codec reports it and leaves it out, yet the
        // second button's problem must still be reported at its place in the file.
        QJsonObject cta = baseCta();
        QJsonArray actions = cta[u"actions"_s].toArray();
        actions.insert(0, 5);
        cta[u"actions"_s] = actions;
        cta = withValue(cta, u"actions[3].deep_links[0].packageName"_s, u"bad"_s);
        cta = withValue(cta, u"actions[3].deep_links"_s, cta[u"actions"_s][3][u"deep_links"_s].toArray() + u"x"_s);
        cta = withValue(cta, u"actions[3].deep_links[2]"_s, QJsonObject{{u"action"_s, u"a"_s}});
        QStringList got;
        for (const Issue &i : validateJson(cta))
            got.append(i.code + u' ' + i.parameter);
        QCOMPARE(got, (QStringList{u"SOIP-JSON-TYPE actions[0]"_s, u"INV-DEEP-LINKS actions[3].deep_links[1]"_s,
                                   u"INV-DEEP-LINKS actions[3].deep_links[0].packageName"_s,
                                   u"INV-DEEP-LINKS actions[3].deep_links[2].action"_s,
                                   u"INV-DEEP-LINKS actions[3].deep_links[2].packageName"_s,
                                   u"INV-DEEP-LINKS actions[3].deep_links[2].className"_s}));
    }

    void wrongJsonTypeCarriesTheVendorCode()
    {
        const QList<Issue> issues =
            validateJson(withValue(baseRmc(), u"rich_media[0].media_type"_s, QJsonValue(u"video"_s)));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, u"INV-MEDIA-TYPE"_s);
        QCOMPARE(issues.first().parameter, u"rich_media[0].media_type"_s);
        // The codec's sentence: it says what the file has, where the validator only saw "missing".
        QVERIFY2(issues.first().message.contains(u"whole number"_s), qPrintable(issues.first().message));

        const QList<Issue> rank =
            validateJson(withValue(baseCta(), u"actions[2].action_rank"_s, QJsonValue(true)));
        QCOMPARE(rank.size(), 1);
        QCOMPARE(rank.first().code, u"INV-ACTION-RANK"_s);
    }

    void invalidNumbersAreNamed()
    {
        const QList<Issue> issues =
            validateJson(withValue(baseTxt(), u"to"_s, u"12345, 919876543210, 98765 43210"_s));
        QCOMPARE(issues.size(), 2);
        QVERIFY2(issues.at(0).message.startsWith(u"12345 is not a valid phone number"_s),
                 qPrintable(issues.at(0).message));
        QVERIFY2(issues.at(1).message.contains(u"98765 43210 has no country code"_s),
                 qPrintable(issues.at(1).message));
        QVERIFY(issues.at(1).message.contains(u"919876543210"_s));
    }

    void vendorRequestSamples_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("errorsWithPlaceholders");
        QTest::addColumn<QStringList>("errorsWithRealNumbers");
        const QStringList placeholders = {u"INV-MOB-PATTRN to"_s};
        const QStringList twoPlaceholders = {u"INV-MOB-PATTRN to"_s, u"INV-MOB-PATTRN to"_s};
        QTest::newRow("txt") << u"request-txt.json"_s << twoPlaceholders << QStringList();
        QTest::newRow("rmc image") << u"request-rmc-image.json"_s << placeholders << QStringList();
        // The vendor's call button number is a placeholder too.
        QTest::newRow("rmc video") << u"request-rmc-video.json"_s
                                   << (twoPlaceholders + QStringList{u"INV-ACTION-TO actions[1].action_to"_s})
                                   << QStringList{u"INV-ACTION-TO actions[1].action_to"_s};
        QTest::newRow("cta") << u"request-cta.json"_s << placeholders << QStringList();
    }

    void vendorRequestSamples()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, errorsWithPlaceholders);
        QFETCH(QStringList, errorsWithRealNumbers);
        QFile input(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/") + file);
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray bytes = input.readAll();
        const ReadResult read = MessageCodec::read(bytes);
        QVERIFY(read.readable);
        const auto errors = [](const QList<Issue> &issues) {
            QStringList out;
            for (const Issue &i : issues) {
                if (i.isError())
                    out.append(i.code + u' ' + i.parameter);
            }
            return out;
        };
        QCOMPARE(errors(Validator::validate(read)), errorsWithPlaceholders);

        ReadResult real = read;
        real.message.to = u"919876543210, +918765432109"_s;
        QCOMPARE(errors(Validator::validate(real)), errorsWithRealNumbers);
        // Validation never changes what is written.
        QCOMPARE(MessageCodec::toJson(read.message), QJsonDocument::fromJson(bytes).object());
    }

    void vendorResponseEchoHasNoRecipients()
    {
        QFile input(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/response-txt.json"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QList<Issue> issues = Validator::validate(MessageCodec::read(input.readAll()));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().code, u"E750"_s);
    }

    void messagesAreTranslatable()
    {
        // Every message goes through Validator::tr (context soip::Validator), so a Hindi .qm applies.
        const QList<Issue> issues = validateJson(withValue(baseTxt(), u"to"_s, u""_s));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().message,
                 Validator::tr("The recipients field is empty: add at least one mobile number with its country "
                               "code, e.g. 919876543210."));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
