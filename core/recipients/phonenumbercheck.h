#pragma once

#include "recipient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace soip {

// Checks single phone numbers with libphonenumber, with a fast path for the common case.
//
// libphonenumber costs about 20 µs a number (parsing and regular expressions), too slow for lists
// of 100,000 recipients. Nearly every recipient is an Indian mobile number written as 91 + ten
// digits (with or without +, maybe grouped with spaces or hyphens); for those the answer only
// depends on the leading digits of the ten, so checkRecipient() answers from a table of
// leading-digit ranges derived from libphonenumber itself at first use (not from a copy of its
// rules that could go stale). Every other number takes the full libphonenumber route. tst_phonenumbercheck proves
// the two agree.
class PhoneNumberCheck final {
    Q_DECLARE_TR_FUNCTIONS(soip::PhoneNumberCheck)

public:
    // A recipient for the `to` field: country code required, with or without a leading +.
    // `duplicate` is left false (a single number has no list to be a duplicate in).
    static Recipient checkRecipient(const QString &input);

    // The same check, always through libphonenumber. For tests and benchmarks.
    static Recipient checkRecipientWithLibphonenumber(const QString &input);

    // checkRecipient(input).e164 when the fast path finds `input` valid, else an empty string (then
    // checkRecipient() says what it is). For a million rows, without a Recipient for each.
    static QString fastValidE164(QStringView input);

    // Whether the fast path can answer for `input` (91 + ten digits in the mobile range). For tests.
    static bool hasFastAnswer(const QString &input);

    // A number for a "phone call" button: any number the phone can dial, so an Indian number may
    // omit the country code (9876543210, 022 2345 6789, 1800 123 4567) and short service numbers
    // (such as 198) are fine. Returns the problem as a translated sentence, or an empty string.
    static QString checkDialable(const QString &input);

    // The same check, always through libphonenumber. For tests and benchmarks.
    static QString checkDialableWithLibphonenumber(const QString &input);

    // How a "phone call" button's number is saved, consistent with the recipients: a number with
    // its country code in E.164 (+919876543210), any other dialable number without the spaces,
    // hyphens, dots and brackets people group digits with (1800 123 4567 → 18001234567; a
    // toll-free or short number may not work with +91 in front). A number that cannot be called
    // is returned as typed, for the validator to report.
    static QString dialableForm(const QString &input);
};

} // namespace soip
