#pragma once

#include "recipient.h"

#include <QList>
#include <QString>

namespace soip {

// The `to` field as a list of checked numbers. This is the API the validator and the composer's
// recipients editor share:
//
//   const QList<Recipient> list = RecipientList::parse(message.to);      // the field as typed
//   for (const Recipient &r : list)
//       if (!r.valid) show(r.problemText);                              // "12345 is not a valid ..."
//   message.to = RecipientList::toField(RecipientList::withoutDuplicates(pasted));
//
// Every function is pure and thread-safe. Checking is fast: about 0.5 µs a number for 91 + ten
// digits (50 ms for 100,000), about 20 µs for numbers that need libphonenumber. The problem texts
// are translated (context soip::PhoneNumberCheck).
class RecipientList final {
public:
    // The API's `to` syntax: entries separated by commas, spaces around them allowed. Every entry is
    // returned in order, including an empty one between two commas (problem Empty) so the
    // validator can report it; an empty or blank field gives an empty list. `duplicate` is set on
    // the second and later entries with the same normalised number.
    static QList<Recipient> parse(const QString &field);

    // Text pasted by a person (a spreadsheet column, an e-mail, a CSV line): numbers separated by
    // commas, semicolons, tabs or new lines. Spaces separate numbers too, except inside a number
    // written in groups ("+91 98765 43210" stays one number). Empty entries are dropped.
    static QList<Recipient> fromPastedText(const QString &text);

    // The `to` field for a list: valid numbers in E.164 form (+919876543210), invalid ones as typed
    // (so nothing the user wrote is lost), joined by ", ". Empty entries are skipped.
    static QString toField(const QList<Recipient> &recipients);

    // The list without empty entries and without the later copies of a number.
    static QList<Recipient> withoutDuplicates(const QList<Recipient> &recipients);

    // Sets `duplicate` on the later copies of a number (valid numbers compare by E.164, invalid
    // ones by their text).
    static void markDuplicates(QList<Recipient> &recipients);
};

} // namespace soip
