#include "phonenumbercheck.h"

#include "indianmobileranges.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>

#include <algorithm>

namespace soip {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::ShortNumberInfo;

constexpr int kIndiaCountryCode = 91;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Characters people write inside phone numbers besides digits.
bool isPunctuation(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
           c == QLatin1Char('.') || c == QChar(0x00A0);
}

Recipient invalid(const QString &input, Recipient::Problem problem, const QString &text)
{
    Recipient r;
    r.input = input;
    r.problem = problem;
    r.problemText = text;
    return r;
}

Recipient validNumber(const QString &input, const QString &e164, bool indian)
{
    Recipient r;
    r.input = input;
    r.e164 = e164;
    r.valid = true;
    r.indian = indian;
    return r;
}

// libphonenumber turns letters into digits (1-800-FLOWERS); a recipient list must not, so the
// characters are checked first. Returns the problem, or an empty string.
QString characterProblem(const QString &input)
{
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isAsciiDigit(c) || isPunctuation(c))
            continue;
        if (c == QLatin1Char('+')) {
            if (i == 0)
                continue;
            return PhoneNumberCheck::tr("%1 is not a phone number: a + can only come first.").arg(input);
        }
        if (c.isSpace())
            return PhoneNumberCheck::tr("%1 is not one phone number: separate numbers with commas.").arg(input);
        if (c.isLetter())
            return PhoneNumberCheck::tr("%1 is not a phone number: it has letters in it.").arg(input);
        return PhoneNumberCheck::tr(
                   "%1 is not a phone number: it contains “%2”, which a phone number cannot have.")
            .arg(input, QString(c));
    }
    return {};
}

QString digitsOf(const QString &input)
{
    QString digits;
    digits.reserve(input.size());
    for (QChar c : input) {
        if (isAsciiDigit(c))
            digits.append(c);
    }
    return digits;
}

QString notInUse(const QString &input, int countryCode)
{
    return PhoneNumberCheck::tr("%1 is not a valid phone number: no +%2 number starts like this.")
        .arg(input)
        .arg(countryCode);
}

// Whether `input` is [+]91 followed by ten digits, the first of them 6 to 9 (the Indian mobile
// range), possibly grouped with spaces or hyphens ("+91 98765-43210"). Writes the ten digits'
// value to `national`.
bool isPlainIndianMobile(QStringView input, quint64 &national)
{
    const qsizetype start = input.startsWith(QLatin1Char('+')) ? 1 : 0;
    int digits = 0;
    quint64 value = 0;
    for (qsizetype i = start; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (isAsciiDigit(c)) {
            if (++digits > 12)
                return false;
            value = value * 10 + quint64(c.unicode() - u'0');
        } else if (c != u' ' && c != u'-') {
            return false;
        }
    }
    if (digits != 12 || value / 10'000'000'000ULL != 91)
        return false;
    national = value % 10'000'000'000ULL;
    return national >= 6'000'000'000ULL;
}

// "+91" and the ten digits, written in one allocation: this runs for every row of a spreadsheet.
QString indianE164(quint64 national)
{
    QString e164(13, Qt::Uninitialized);
    QChar *out = e164.data();
    out[0] = u'+';
    out[1] = u'9';
    out[2] = u'1';
    for (int i = 12; i >= 3; --i, national /= 10)
        out[i] = QChar(char16_t(u'0' + national % 10));
    return e164;
}

// Whether a call button's number is an Indian mobile number written plainly: 91 + ten digits
// (with or without +), or the ten digits alone or after the trunk 0, as people dial them in India.
bool isDialableIndianMobile(const QString &input)
{
    const bool plus = input.startsWith(u'+');
    const QString digits = digitsOf(input);
    if (digits.size() != input.size() - (plus ? 1 : 0))
        return false; // grouped or punctuated: libphonenumber reads it
    QString national;
    if (digits.size() == 12 && digits.startsWith(QLatin1String("91")))
        national = digits.mid(2);
    else if (!plus && digits.size() == 11 && digits.startsWith(u'0'))
        national = digits.mid(1);
    else if (!plus && digits.size() == 10)
        national = digits;
    return national.size() == 10 && national.at(0) >= u'6' &&
           IndianMobileRanges::instance().verdict(national.toULongLong()) == IndianMobileRanges::Verdict::Valid;
}

} // namespace

Recipient PhoneNumberCheck::checkRecipient(const QString &rawInput)
{
    const QString input = rawInput.trimmed();
    quint64 national = 0;
    if (isPlainIndianMobile(input, national)) {
        switch (IndianMobileRanges::instance().verdict(national)) {
        case IndianMobileRanges::Verdict::Valid:
            return validNumber(input, indianE164(national), true);
        case IndianMobileRanges::Verdict::Invalid:
            return invalid(input, Recipient::Problem::Invalid, notInUse(input, kIndiaCountryCode));
        case IndianMobileRanges::Verdict::Unknown:
            break;
        }
    }
    return checkRecipientWithLibphonenumber(input);
}

QString PhoneNumberCheck::fastValidE164(QStringView input)
{
    quint64 national = 0;
    if (isPlainIndianMobile(input.trimmed(), national) &&
        IndianMobileRanges::instance().verdict(national) == IndianMobileRanges::Verdict::Valid)
        return indianE164(national);
    return {};
}

bool PhoneNumberCheck::hasFastAnswer(const QString &rawInput)
{
    quint64 national = 0;
    return isPlainIndianMobile(rawInput.trimmed(), national) &&
           IndianMobileRanges::instance().verdict(national) != IndianMobileRanges::Verdict::Unknown;
}

Recipient PhoneNumberCheck::checkRecipientWithLibphonenumber(const QString &rawInput)
{
    const QString input = rawInput.trimmed();
    if (input.isEmpty())
        return invalid(input, Recipient::Problem::Empty, tr("There is no number between two commas."));
    if (const QString problem = characterProblem(input); !problem.isEmpty())
        return invalid(input, Recipient::Problem::NotANumber, problem);

    // "919876543210 918765432109": several numbers where one is expected.
    const QStringList words = input.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1 &&
        std::all_of(words.cbegin(), words.cend(), [](const QString &w) { return digitsOf(w).size() >= 10; }))
        return invalid(input, Recipient::Problem::Invalid,
                       tr("%1 is not one phone number: separate numbers with commas.").arg(input));

    const QString digits = digitsOf(input);
    const bool hasCountryCodeMark = input.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"));
    if (digits.isEmpty())
        return invalid(input, Recipient::Problem::NotANumber,
                       tr("%1 is not a phone number: it has no digits.").arg(input));
    // A bare ten-digit Indian mobile number (or one written with the trunk 0) is by far the most
    // common way to forget the country code; say so rather than read it as some other country's.
    const bool looksIndianMobile =
        (digits.size() == 10 && digits.at(0) >= QLatin1Char('6')) ||
        (digits.size() == 11 && digits.at(0) == QLatin1Char('0') && digits.at(1) >= QLatin1Char('6'));
    if (!hasCountryCodeMark && looksIndianMobile) {
        return invalid(input, Recipient::Problem::MissingCountryCode,
                       tr("%1 has no country code: write Indian numbers with 91 in front, e.g. 91%2.")
                           .arg(input, digits.right(10)));
    }

    // Country code required: read the number as international whether or not it has the +.
    const QString international =
        QLatin1Char('+') + (digits.startsWith(QLatin1String("00")) ? digits.mid(2) : digits);
    const std::string text = international.toStdString();
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    switch (util.Parse(text, "ZZ", &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return invalid(
            input, Recipient::Problem::Invalid,
            tr("%1 is not a valid phone number: it does not start with a known country code.").arg(input));
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        return invalid(input, Recipient::Problem::Invalid,
                       tr("%1 is not a valid phone number: it is too short.").arg(input));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return invalid(input, Recipient::Problem::Invalid,
                       tr("%1 is not a valid phone number: it is too long.").arg(input));
    case PhoneNumberUtil::NOT_A_NUMBER:
        return invalid(input, Recipient::Problem::NotANumber, tr("%1 is not a phone number.").arg(input));
    }

    const int countryCode = number.country_code();
    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return invalid(
            input, Recipient::Problem::Invalid,
            tr("%1 is not a valid phone number: it does not start with a known country code.").arg(input));
    case PhoneNumberUtil::TOO_SHORT:
        // Without the country's name: with too few digits the country code is likely misread too.
        return invalid(input, Recipient::Problem::Invalid,
                       tr("%1 is not a valid phone number: it is too short.").arg(input));
    case PhoneNumberUtil::TOO_LONG:
        return invalid(
            input, Recipient::Problem::Invalid,
            tr("%1 is not a valid phone number: it is too long for a +%2 number.").arg(input).arg(countryCode));
    case PhoneNumberUtil::INVALID_LENGTH:
        return invalid(input, Recipient::Problem::Invalid,
                       tr("%1 is not a valid phone number: it has the wrong number of digits for a +%2 number.")
                           .arg(input)
                           .arg(countryCode));
    }
    if (!util.IsValidNumber(number))
        return invalid(input, Recipient::Problem::Invalid, notInUse(input, countryCode));

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return validNumber(input, QString::fromStdString(e164), countryCode == kIndiaCountryCode);
}

QString PhoneNumberCheck::checkDialable(const QString &rawInput)
{
    const QString input = rawInput.trimmed();
    if (input.isEmpty())
        return tr("There is no phone number.");
    if (const QString problem = characterProblem(input); !problem.isEmpty())
        return problem;

    // The common case, an Indian mobile number, without libphonenumber's ~20 µs.
    if (isDialableIndianMobile(input))
        return {};
    return checkDialableWithLibphonenumber(input);
}

QString PhoneNumberCheck::checkDialableWithLibphonenumber(const QString &rawInput)
{
    const QString input = rawInput.trimmed();
    if (input.isEmpty())
        return tr("There is no phone number.");
    if (const QString problem = characterProblem(input); !problem.isEmpty())
        return problem;

    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    // India is where SOIP messages are read, so a number without a country code is an Indian one.
    if (util.Parse(input.toStdString(), "IN", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return tr("%1 is not a phone number that can be called.").arg(input);
    if (util.IsValidNumber(number))
        return {};
    static const ShortNumberInfo shortNumbers;
    if (number.country_code() == kIndiaCountryCode && shortNumbers.IsValidShortNumberForRegion(number, "IN"))
        return {};
    return tr("%1 is not a phone number that can be called: no phone number starts like this or has this many "
              "digits.")
        .arg(input);
}

QString PhoneNumberCheck::dialableForm(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (!checkDialable(trimmed).isEmpty())
        return trimmed;
    if (const Recipient withCountryCode = checkRecipient(trimmed); withCountryCode.valid)
        return withCountryCode.e164;
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit() || (c == u'+' && digits.isEmpty()))
            digits.append(c);
    }
    return digits;
}

} // namespace soip
