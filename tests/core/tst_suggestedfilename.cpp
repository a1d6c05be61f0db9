// Save As offers a name the person recognises, from the message itself.
#include "model/message.h"
#include "model/suggestedfilename.h"

#include <QTest>

using namespace soip;

class TestSuggestedFileName final : public QObject {
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("name");
        QTest::newRow("campaign first") << "Diwali Sale 2026"
                                        << "Big offers"
                                        << "Hi"
                                        << "diwali-sale-2026.json";
        QTest::newRow("then the first title") << ""
                                              << "Store opening: Friday!"
                                              << "Hi"
                                              << "store-opening-friday.json";
        QTest::newRow("then the text") << "  "
                                       << ""
                                       << "Your order #123 is on its way"
                                       << "your-order-123-is-on-its-way.json";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << "message.json";
        QTest::newRow("only punctuation") << "***"
                                          << ""
                                          << ""
                                          << "message.json";
        QTest::newRow("file-system characters") << "a/b\\c:d*e?f\"g<h>i|j"
                                                << ""
                                                << ""
                                                << "a-b-c-d-e-f-g-h-i-j.json";
        QTest::newRow("Hindi stays Hindi") << QString::fromUtf8("दिवाली सेल") << ""
                                           << "" << QString::fromUtf8("दिवाली-सेल.json");
        QTest::newRow("long") << QString(80, u'x') << ""
                              << "" << QString(48, u'x') + QStringLiteral(".json");
    }
    void names()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, title);
        QFETCH(QString, body);
        QFETCH(QString, name);
        Message m;
        m.campaignName = campaign;
        if (!title.isEmpty())
            m.titles = {title};
        m.body = body;
        QCOMPARE(SuggestedFileName::forMessage(m), name);
    }
};

QTEST_GUILESS_MAIN(TestSuggestedFileName)
#include "tst_suggestedfilename.moc"
