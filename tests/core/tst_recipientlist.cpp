#include "recipients/recipientlist.h"

#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

class TestRecipientList : public QObject {
    Q_OBJECT

private:
    static QStringList inputs(const QList<Recipient> &list)
    {
        QStringList out;
        for (const Recipient &r : list)
            out.append(r.input);
        return out;
    }

private slots:
    void emptyFieldIsAnEmptyList()
    {
        QVERIFY(RecipientList::parse(QString()).isEmpty());
        QVERIFY(RecipientList::parse(u"  "_s).isEmpty());
    }

    void commasWithSpacesAroundThem()
    {
        const QList<Recipient> list = RecipientList::parse(u"919876543210 , +918765432109,917012345678"_s);
        QCOMPARE(inputs(list), (QStringList{u"919876543210"_s, u"+918765432109"_s, u"917012345678"_s}));
        for (const Recipient &r : list) {
            QVERIFY(r.valid);
            QVERIFY(r.indian);
            QVERIFY(!r.duplicate);
        }
        QCOMPARE(list.at(1).e164, u"+918765432109"_s);
    }

    void emptyEntriesAreKept()
    {
        const QList<Recipient> list = RecipientList::parse(u"919876543210,,918765432109,"_s);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(1).problem, Recipient::Problem::Empty);
        QCOMPARE(list.at(3).problem, Recipient::Problem::Empty);
        QVERIFY(!list.at(1).duplicate); // two empty entries are not duplicates of each other
        QVERIFY(!list.at(3).duplicate);
    }

    void duplicatesCompareNormalisedNumbers()
    {
        const QList<Recipient> list =
            RecipientList::parse(u"919876543210, +91 98765 43210, 0091 9876543210, 12345, 12345"_s);
        QCOMPARE(list.size(), 5);
        QVERIFY(!list.at(0).duplicate);
        QVERIFY(list.at(1).duplicate);
        QVERIFY(list.at(2).duplicate);
        QVERIFY(!list.at(3).duplicate);
        QVERIFY(list.at(4).duplicate);
        QCOMPARE(inputs(RecipientList::withoutDuplicates(list)), (QStringList{u"919876543210"_s, u"12345"_s}));
    }

    void pastedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("lines") << u"919876543210\n918765432109\r\n917012345678\n"_s
                               << QStringList{u"919876543210"_s, u"918765432109"_s, u"917012345678"_s};
        QTest::newRow("semicolons and tabs")
            << u"919876543210;918765432109\t917012345678"_s
            << QStringList{u"919876543210"_s, u"918765432109"_s, u"917012345678"_s};
        QTest::newRow("spaces between numbers")
            << u"919876543210 918765432109   +917012345678"_s
            << QStringList{u"919876543210"_s, u"918765432109"_s, u"+917012345678"_s};
        QTest::newRow("grouped numbers")
            << u"+91 98765 43210, +91 87654 32109\n91 70123 45678"_s
            << QStringList{u"+91 98765 43210"_s, u"+91 87654 32109"_s, u"91 70123 45678"_s};
        QTest::newRow("blank lines") << u"\n\n919876543210\n\n,,;\n"_s << QStringList{u"919876543210"_s};
        QTest::newRow("nothing") << u" \n\t "_s << QStringList();
    }

    void pastedText()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(inputs(RecipientList::fromPastedText(text)), expected);
    }

    void pastedTextKeepsInvalidNumbersToShow()
    {
        const QList<Recipient> list = RecipientList::fromPastedText(u"919876543210\nhello\n12345"_s);
        QCOMPARE(list.size(), 3);
        QVERIFY(list.at(0).valid);
        QCOMPARE(list.at(1).problem, Recipient::Problem::NotANumber);
        QCOMPARE(list.at(2).problem, Recipient::Problem::Invalid);
    }

    void toFieldWritesNormalisedNumbers()
    {
        const QList<Recipient> list = RecipientList::fromPastedText(u"+91 98765 43210\n12345\n\n16502530000"_s);
        QCOMPARE(RecipientList::toField(list), u"+919876543210, 12345, +16502530000"_s);
        // And the field reads back as the same numbers.
        const QList<Recipient> again = RecipientList::parse(RecipientList::toField(list));
        QCOMPARE(again.size(), 3);
        QCOMPARE(again.at(0).e164, u"+919876543210"_s);
        QVERIFY(!again.at(1).valid);
    }
};

QTEST_GUILESS_MAIN(TestRecipientList)
#include "tst_recipientlist.moc"
