#include "recipients/indianmobileranges.h"
#include "recipients/phonenumbercheck.h"

#include <QRandomGenerator>
#include <QTest>

using namespace soip;
using namespace Qt::StringLiterals;

// The fast path must give exactly libphonenumber's answer, or the validator would accept numbers
// libphonenumber rejects (or the reverse) depending on how they were written.
class TestPhoneNumberCheck : public QObject {
    Q_OBJECT

private:
    static QString describe(const Recipient &r)
    {
        return u"%1 valid=%2 indian=%3 e164=%4 problem=%5"_s.arg(r.input).arg(r.valid).arg(r.indian).arg(
            r.e164, r.problemText);
    }

    static void compareBothWays(const QString &input)
    {
        const Recipient fast = PhoneNumberCheck::checkRecipient(input);
        const Recipient full = PhoneNumberCheck::checkRecipientWithLibphonenumber(input);
        if (!(fast == full))
            QFAIL(qPrintable(u"fast: "_s + describe(fast) + u"\nfull: "_s + describe(full)));
    }

private slots:
    void fastPathCoversTheMobileRange()
    {
        QVERIFY(PhoneNumberCheck::hasFastAnswer(u"919876543210"_s));
        QVERIFY(PhoneNumberCheck::hasFastAnswer(u"+916123456789"_s));
        QVERIFY(PhoneNumberCheck::hasFastAnswer(u"+91 98765-43210"_s));
        QVERIFY(!PhoneNumberCheck::hasFastAnswer(u"+91 (98765) 43210"_s)); // unusual: libphonenumber reads it
        QVERIFY(!PhoneNumberCheck::hasFastAnswer(u"911123456789"_s));      // landline range
        QVERIFY(!PhoneNumberCheck::hasFastAnswer(u"16502530000"_s));
        QVERIFY(IndianMobileRanges::instance().nodeCount() > 10);
    }

    // Every four-digit start of a ten-digit number in the mobile range, each with tails that hit the
    // extremes and the middle of the digits after it.
    void agreesOnEveryFourDigitPrefix()
    {
        const QStringList tails = {u"000000"_s, u"999999"_s, u"123456"_s, u"654321"_s, u"500000"_s, u"090909"_s};
        for (int prefix = 6000; prefix <= 9999; ++prefix) {
            for (const QString &tail : tails) {
                compareBothWays(u"91"_s + QString::number(prefix) + tail);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void agreesOnRandomNumbers()
    {
        QRandomGenerator random(20261124);
        for (int i = 0; i < 20000; ++i) {
            const quint64 national = 6'000'000'000ULL + random.bounded(quint64(4'000'000'000ULL));
            const QString digits = QString::number(national);
            switch (i % 4) {
            case 0:
                compareBothWays(u"91"_s + digits);
                break;
            case 1:
                compareBothWays(u"+91"_s + digits);
                break;
            case 2:
                compareBothWays(u"+91 "_s + digits.left(5) + u' ' + digits.mid(5));
                break;
            default:
                compareBothWays(u"91-"_s + digits.left(3) + u'-' + digits.mid(3, 3) + u'-' + digits.mid(6));
            }
            if (QTest::currentTestFailed())
                return;
        }
    }

    void dialableFastPathAgrees()
    {
        QRandomGenerator random(7);
        for (int i = 0; i < 4000; ++i) {
            const QString national = QString::number(6'000'000'000ULL + random.bounded(quint64(4'000'000'000ULL)));
            for (const QString &input :
                 QStringList{national, u"0"_s + national, u"91"_s + national, u"+91"_s + national}) {
                const QString fast = PhoneNumberCheck::checkDialable(input);
                const QString full = PhoneNumberCheck::checkDialableWithLibphonenumber(input);
                QVERIFY2(fast == full, qPrintable(input + u": "_s + fast + u" / "_s + full));
            }
        }
    }

    void numbersOutsideTheFastPathAgreeToo_data()
    {
        QTest::addColumn<QString>("input");
        for (const char *n :
             {"911123456789", "+442079460958", "16502530000", "9198765432100", "91987654321", "+91 98765-43210",
              "0091 98765 43210", "(91) 98765 43210", "12345", "+999123456", "abc", "", "+", "9876543210"})
            QTest::newRow(n) << QString::fromLatin1(n);
    }

    void numbersOutsideTheFastPathAgreeToo()
    {
        QFETCH(QString, input);
        compareBothWays(input);
    }

    void recipientsAreExplained_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("indian");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *input, bool valid, bool indian, const char *e164,
                            Recipient::Problem problem, const char *text) {
            QTest::newRow(input) << QString::fromUtf8(input) << valid << indian << QString::fromLatin1(e164)
                                 << int(problem) << QString::fromUtf8(text);
        };
        using P = Recipient::Problem;
        row("919876543210", true, true, "+919876543210", P::None, "");
        row("+919876543210", true, true, "+919876543210", P::None, "");
        row(" +91 98765 43210 ", true, true, "+919876543210", P::None, "");
        row("0091-98765-43210", true, true, "+919876543210", P::None, "");
        row("+16502530000", true, false, "+16502530000", P::None, "");
        row("16502530000", true, false, "+16502530000", P::None, "");
        row("9876543210", false, false, "", P::MissingCountryCode,
            "9876543210 has no country code: write Indian numbers with 91 in front, e.g. 919876543210.");
        row("09876543210", false, false, "", P::MissingCountryCode,
            "09876543210 has no country code: write Indian numbers with 91 in front, e.g. 919876543210.");
        row("12345", false, false, "", P::Invalid, "12345 is not a valid phone number");
        row("91987654321", false, false, "", P::Invalid, "91987654321 is not a valid phone number");
        row("919876543210123", false, false, "", P::Invalid, "919876543210123 is not a valid phone number");
        row("13236xxxxx7", false, false, "", P::NotANumber, "13236xxxxx7 is not a phone number: it has letters");
        row("91987654321O", false, false, "", P::NotANumber, "it has letters");
        row("91-98765*43210", false, false, "", P::NotANumber, "“*”");
        row("9198+76543210", false, false, "", P::NotANumber, "a + can only come first");
        row("+999123456", false, false, "", P::Invalid, "country code");
        row("919876543210 918765432109", false, false, "", P::Invalid, "separate numbers with commas");
        row("919876543210\n918765432109", false, false, "", P::NotANumber, "separate numbers with commas");
    }

    void recipientsAreExplained()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(bool, indian);
        QFETCH(QString, e164);
        QFETCH(int, problem);
        QFETCH(QString, text);
        const Recipient r = PhoneNumberCheck::checkRecipient(input);
        QCOMPARE(r.input, input.trimmed());
        QCOMPARE(r.valid, valid);
        QCOMPARE(r.indian, indian);
        QCOMPARE(r.e164, e164);
        QCOMPARE(int(r.problem), problem);
        QVERIFY2(r.problemText.contains(text), qPrintable(r.problemText));
        QCOMPARE(r.problemText.isEmpty(), valid);
    }

    void callNumbersAreSavedLikeRecipients_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("saved");
        QTest::newRow("grouped, country code") << "+91 98765 43210"
                                               << "+919876543210";
        QTest::newRow("country code without +") << "91 98765-43210"
                                                << "+919876543210";
        QTest::newRow("mobile without country code") << "98765 43210"
                                                     << "9876543210";
        QTest::newRow("landline with brackets") << "(022) 2345 6789"
                                                << "02223456789";
        QTest::newRow("toll-free") << "1800 123 4567"
                                   << "18001234567";
        QTest::newRow("short number") << " 198 "
                                      << "198";
        QTest::newRow("not a number: as typed") << "call me"
                                                << "call me";
    }
    void callNumbersAreSavedLikeRecipients()
    {
        QFETCH(QString, typed);
        QFETCH(QString, saved);
        QCOMPARE(PhoneNumberCheck::dialableForm(typed), saved);
        // What is saved is still a number the validator accepts.
        QCOMPARE(PhoneNumberCheck::checkDialable(saved).isEmpty(),
                 PhoneNumberCheck::checkDialable(typed).isEmpty());
    }
    void dialableNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("mobile") << u"9876543210"_s << true;
        QTest::newRow("international") << u"+16502530000"_s << true;
        QTest::newRow("landline") << u"022 2345 6789"_s << true;
        QTest::newRow("emergency") << u"112"_s << true;
        QTest::newRow("too short") << u"12"_s << false;
        QTest::newRow("letters") << u"CALL-NOW"_s << false;
        QTest::newRow("placeholder") << u"77XXXX"_s << false;
        QTest::newRow("empty") << u""_s << false;
    }

    void dialableNumbers()
    {
        QFETCH(QString, input);
        QFETCH(bool, ok);
        const QString problem = PhoneNumberCheck::checkDialable(input);
        QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberCheck)
#include "tst_phonenumbercheck.moc"
