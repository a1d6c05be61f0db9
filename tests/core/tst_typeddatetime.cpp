// Dates and times as people type them: each way of writing one gives the API's form, and what
// cannot be read is reported as such (an invalid value), never guessed.
#include "model/typeddatetime.h"

#include <QTest>

using namespace soip;

class TestTypedDateTime final : public QObject {
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void times_data();
    void times();
    void hindiMonthNames();
    void jsonFormsRoundTrip();
};

namespace {
const QDate kToday(2026, 6, 15);
}

void TestTypedDateTime::dates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("json"); // empty: not understood

    QTest::newRow("ISO") << "2026-12-25"
                         << "2026-12-25";
    QTest::newRow("slashes, day first") << "25/12/2026"
                                        << "2026-12-25";
    QTest::newRow("dots") << "25.12.2026"
                          << "2026-12-25";
    QTest::newRow("hyphens, day first") << "25-12-2026"
                                        << "2026-12-25";
    QTest::newRow("one-digit day and month") << "5/1/2027"
                                             << "2027-01-05";
    QTest::newRow("two-digit year") << "25/12/26"
                                    << "2026-12-25";
    QTest::newRow("digits only, day first") << "25122026"
                                            << "2026-12-25";
    QTest::newRow("digits only, year first") << "20261225"
                                             << "2026-12-25";
    QTest::newRow("six digits") << "251226"
                                << "2026-12-25";
    QTest::newRow("month name") << "25 Dec 2026"
                                << "2026-12-25";
    QTest::newRow("full month name") << "25 December 2026"
                                     << "2026-12-25";
    QTest::newRow("capitals") << "25 DEC 2026"
                              << "2026-12-25";
    QTest::newRow("month first") << "Dec 25, 2026"
                                 << "2026-12-25";
    QTest::newRow("ordinal") << "25th December 2026"
                             << "2026-12-25";
    QTest::newRow("with weekday") << "Fri 25 Dec 2026"
                                  << "2026-12-25";
    QTest::newRow("with full weekday") << "Friday, 25 December 2026"
                                       << "2026-12-25";
    QTest::newRow("hyphenated name") << "25-Dec-2026"
                                     << "2026-12-25";
    QTest::newRow("year first with name") << "2026 Dec 25"
                                          << "2026-12-25";
    QTest::newRow("Sept") << "3 Sept 2026"
                          << "2026-09-03";
    QTest::newRow("spaces around") << "  25/12/2026 "
                                   << "2026-12-25";
    QTest::newRow("no year, still ahead") << "25 Dec"
                                          << "2026-12-25";
    QTest::newRow("no year, already past") << "1 Jan"
                                           << "2027-01-01";
    QTest::newRow("no year, numbers") << "25/12"
                                      << "2026-12-25";
    QTest::newRow("today without year") << "15 Jun"
                                        << "2026-06-15";

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("words") << "next friday"
                           << "";
    QTest::newRow("no such day") << "31/02/2026"
                                 << "";
    QTest::newRow("month 13") << "25/13/2026"
                              << "";
    QTest::newRow("ISO, no such day") << "2026-02-30"
                                      << "";
    QTest::newRow("misspelt month") << "25 Decembr 2026"
                                    << "";
    QTest::newRow("two months") << "Dec Jan 2026"
                                << "";
    QTest::newRow("three-digit year") << "25/12/202"
                                      << "";
    QTest::newRow("seven digits") << "2512202"
                                  << "";
    QTest::newRow("too many parts") << "25/12/2026/1"
                                    << "";
    QTest::newRow("letters after") << "25/12/2026x"
                                   << "";
}

void TestTypedDateTime::dates()
{
    QFETCH(QString, typed);
    QFETCH(QString, json);
    const QDate date = TypedDateTime::parseDate(typed, kToday, QLocale(QLocale::English));
    if (json.isEmpty())
        QVERIFY2(!date.isValid(), qPrintable(date.toString(Qt::ISODate)));
    else
        QCOMPARE(TypedDateTime::jsonDate(date), json);
}

void TestTypedDateTime::times_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("json");

    QTest::newRow("24-hour") << "18:30"
                             << "18:30";
    QTest::newRow("no colon") << "1830"
                              << "18:30";
    QTest::newRow("three digits") << "930"
                                  << "09:30";
    QTest::newRow("one-digit hour") << "9:05"
                                    << "09:05";
    QTest::newRow("dot") << "18.30"
                         << "18:30";
    QTest::newRow("hour only") << "18"
                               << "18:00";
    QTest::newRow("pm") << "6:30 pm"
                        << "18:30";
    QTest::newRow("PM no space") << "6:30PM"
                                 << "18:30";
    QTest::newRow("p.m.") << "6:30 p.m."
                          << "18:30";
    QTest::newRow("hour pm") << "6pm"
                             << "18:00";
    QTest::newRow("hour space pm") << "6 pm"
                                   << "18:00";
    QTest::newRow("am") << "9:15 am"
                        << "09:15";
    QTest::newRow("space for colon") << "6 30 pm"
                                     << "18:30";
    QTest::newRow("12 am is midnight") << "12 am"
                                       << "00:00";
    QTest::newRow("12 pm is noon") << "12:30 pm"
                                   << "12:30";
    QTest::newRow("noon") << "noon"
                          << "12:00";
    QTest::newRow("midnight") << "00:00"
                              << "00:00";

    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("hour 24") << "24:00"
                             << "";
    QTest::newRow("minute 60") << "18:60"
                               << "";
    QTest::newRow("13 pm") << "13 pm"
                           << "";
    QTest::newRow("0 am") << "0 am"
                          << "";
    QTest::newRow("words") << "evening"
                           << "";
    QTest::newRow("five digits") << "18300"
                                 << "";
    QTest::newRow("one-digit minutes") << "18:3"
                                       << "";
}

void TestTypedDateTime::times()
{
    QFETCH(QString, typed);
    QFETCH(QString, json);
    const QTime time = TypedDateTime::parseTime(typed);
    if (json.isEmpty())
        QVERIFY2(!time.isValid(), qPrintable(time.toString()));
    else
        QCOMPARE(TypedDateTime::jsonTime(time), json);
}

void TestTypedDateTime::hindiMonthNames()
{
    const QLocale hindi(QLocale::Hindi, QLocale::India);
    const QString typed = QStringLiteral("25 ") + hindi.monthName(12) + QStringLiteral(" 2026");
    QCOMPARE(TypedDateTime::jsonDate(TypedDateTime::parseDate(typed, kToday, hindi)),
             QStringLiteral("2026-12-25"));
    // English names work whatever the language.
    QCOMPARE(TypedDateTime::parseDate(QStringLiteral("25 Dec 2026"), kToday, hindi), QDate(2026, 12, 25));
}

void TestTypedDateTime::jsonFormsRoundTrip()
{
    QCOMPARE(TypedDateTime::fromJsonDate(QStringLiteral("2026-12-25")), QDate(2026, 12, 25));
    QVERIFY(!TypedDateTime::fromJsonDate(QStringLiteral("25/12/2026")).isValid());
    QCOMPARE(TypedDateTime::fromJsonTime(QStringLiteral("07:05")), QTime(7, 5));
    QCOMPARE(TypedDateTime::jsonTime(QTime(7, 5)), QStringLiteral("07:05"));
}

QTEST_GUILESS_MAIN(TestTypedDateTime)
#include "tst_typeddatetime.moc"
