// What the preview says a button does when it is hovered or clicked.
#include "preview/actiondescription.h"

#include <QLocale>
#include <QtTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestActionDescription final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void describes_data();
    void describes();
};

void TestActionDescription::describes_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("expected");

    Action link{1, u"Open Link"_s, u"0"_s, u"https://www.kaleyra.com"_s, {}, {}};
    QTest::newRow("link") << link << u"Opens https://www.kaleyra.com"_s;
    Action event{2, u"Add Event"_s, u"1"_s, {}, {u"2021-10-19"_s, u"22:30"_s, u"Title"_s, u"x"_s}, {}};
    QTest::newRow("calendar") << event << u"Adds 'Title' on 19 Oct 2021 at 22:30 to the calendar"_s;
    Action app{
        3,
        u"Open App"_s,
        u"2"_s,
        {},
        {},
        {{u"android.intent.action.MAIN"_s, u"com.flipkart.android"_s, u"com.flipkart.android.SplashActivity"_s}}};
    QTest::newRow("app") << app << u"Opens com.flipkart.android"_s;
    Action copy{4, u"Copy"_s, u"3"_s, u"Hello World"_s, {}, {}};
    QTest::newRow("copy") << copy << u"Copies 'Hello World'"_s;
    Action call{5, u"Call"_s, u"0"_s, u"+911234567890"_s, {}, {}};
    QTest::newRow("call") << call << u"Calls +911234567890"_s;
    QTest::newRow("call, no number") << Action{5, u"Call"_s, u"0"_s, {}, {}, {}}
                                     << u"Calls, but no number is given"_s;
    QTest::newRow("no type") << Action{} << u"Does nothing: the button has no type yet"_s;
    QTest::newRow("bad type") << Action{9, {}, {}, {}, {}, {}} << u"Does nothing: 9 is not a button type"_s;
    Action longLink = link;
    longLink.target = u"https://example.com/"_s + QString(300, u'a');
    QTest::newRow("long link") << longLink << u"Opens https://example.com/"_s + QString(69, u'a') + QChar(0x2026);
}

void TestActionDescription::describes()
{
    QFETCH(Action, action);
    QFETCH(QString, expected);
    QCOMPARE(ActionDescription::describe(action), expected);
}

QTEST_GUILESS_MAIN(TestActionDescription)
#include "tst_actiondescription.moc"
