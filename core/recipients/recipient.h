#pragma once

#include <QString>

namespace soip {

// One entry of the `to` field, checked.
struct Recipient {
    // Why a number cannot be used. Decides the validator's code: NotANumber -> INV-MOB-PATTRN,
    // Empty -> SOIP-RECIPIENT-EMPTY, every other problem -> INV-NUMBER.
    enum class Problem {
        None,
        Empty,              // nothing between two commas
        NotANumber,         // letters or symbols a phone number cannot have
        MissingCountryCode, // looks like an Indian mobile number without the 91 in front
        Invalid,            // libphonenumber: not a number in use anywhere (wrong length, unknown range, ...)
    };

    QString input; // as the user typed it, trimmed
    QString e164;  // normalised, e.g. "+919876543210"; empty when invalid
    bool valid = false;
    bool indian = false;    // country code 91; only meaningful when valid
    bool duplicate = false; // the same number (after normalising) appears earlier in the list
    Problem problem = Problem::None;
    QString problemText; // translated sentence saying why the number is invalid; empty when valid

    friend bool operator==(const Recipient &, const Recipient &) = default;
};

} // namespace soip
