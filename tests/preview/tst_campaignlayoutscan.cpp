// The layout checks over a campaign's rows: the rows whose card breaks, grouped by kind and field
// with the column that fed it, each distinct card laid out once, the longest cards named, and a
// scan that stops when asked.
#include "campaign/campaigntemplate.h"
#include "campaign/recipienttable.h"
#include "preview/campaignlayoutscan.h"
#include "preview/previewfonts.h"
#include "json/messagecodec.h"

#include <QJsonArray>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

namespace {

const QString kLong = u"Venkata Lakshmi Narasimha Satyanarayana Murthy"_s;

// Sheet rows 2 to 7; rows 3, 5 and 7 hold the same very long name.
RecipientTable customers()
{
    RecipientTable table;
    table.setColumns({u"name"_s, u"phone"_s});
    const QStringList names = {u"Asha"_s, kLong, u"Ravi"_s, kLong, u"Meena"_s, kLong};
    for (qsizetype i = 0; i < names.size(); ++i) {
        table.beginRow(int(i) + 2);
        table.text() += names.at(i);
        table.endCell();
        table.text() += u"+9198765432%1"_s.arg(i);
        table.endCell();
        table.endRow();
    }
    return table;
}

// The vendor's CTA sample with the second title (one line on the phone) personalised.
QJsonObject cardTemplate()
{
    Message message =
        MessageCodec::readFile(QStringLiteral(SOIP_TEST_DATA_DIR "/vendor/request-cta.json")).message;
    message.titles[1] = u"For {{name}}"_s;
    QJsonObject json = MessageCodec::toJson(message);
    json.remove(u"to"_s);
    return json;
}

} // namespace

class TestCampaignLayoutScan final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(PreviewFonts::ensureLoaded()); }

    void theRowsWithALongNameAreGroupedWithTheirColumn()
    {
        const RecipientTable table = customers();
        QString error;
        const std::optional<CampaignTemplate> campaign = CampaignTemplate::compile(cardTemplate(), table, &error);
        QVERIFY2(campaign, qPrintable(error));
        const CampaignLayoutScan::Result result =
            CampaignLayoutScan::run(*campaign, table, LayoutChecks::defaultTargets(), 2, {});
        QCOMPARE(result.groups.size(), 1);
        const CampaignLayoutScan::Group &group = result.groups.first();
        QCOMPARE(group.code, u"SOIP-LAYOUT-TEXT-CUT"_s);
        QCOMPARE(group.path, u"title[1]"_s);
        QCOMPARE(group.columns, QStringList{u"name"_s});
        QCOMPARE(group.rows, (QList<int>{3, 5, 7}));
        QVERIFY2(group.what.contains(u"Title 2"_s) && group.what.contains(u"Seen on"_s), qPrintable(group.what));
        QCOMPARE(result.rows, (QList<int>{3, 5, 7}));
        // Six rows, four different cards: the long name's card is laid out once.
        QCOMPARE(result.cards, 4);
        // The long name first, then the longest of the short ones ("Meena").
        QCOMPARE(result.longest, (QList<qsizetype>{1, 4}));
    }

    void aFixedTemplateIsOneCard()
    {
        const RecipientTable table = customers();
        QJsonObject json = cardTemplate();
        QJsonArray titles = json.value(u"title"_s).toArray();
        titles[1] = u"For you"_s;
        json.insert(u"title"_s, titles);
        QString error;
        const std::optional<CampaignTemplate> campaign = CampaignTemplate::compile(json, table, &error);
        QVERIFY(campaign);
        const CampaignLayoutScan::Result result =
            CampaignLayoutScan::run(*campaign, table, LayoutChecks::defaultTargets(), 5, {});
        QCOMPARE(result.cards, 1);
        QVERIFY(result.groups.isEmpty());
        QCOMPARE(result.longest, QList<qsizetype>{0});
    }

    void itStopsWhenAsked()
    {
        const RecipientTable table = customers();
        QString error;
        const std::optional<CampaignTemplate> campaign = CampaignTemplate::compile(cardTemplate(), table, &error);
        QVERIFY(campaign);
        const CampaignLayoutScan::Result result = CampaignLayoutScan::run(
            *campaign, table, LayoutChecks::defaultTargets(), 5, [](double) { return false; });
        QCOMPARE(result.cards, 0);
        QVERIFY(result.rows.isEmpty());
    }
};

QTEST_MAIN(TestCampaignLayoutScan)
#include "tst_campaignlayoutscan.moc"
