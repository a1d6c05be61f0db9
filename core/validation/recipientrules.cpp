#include "recipients/recipientlist.h"
#include "rules.h"
#include "validator.h"

#include "model/apifield.h"
#include "model/messagetype.h"

#include <algorithm>
#include <climits>

namespace soip::rules {

void checkRecipients(const Message &message, Findings &findings)
{
    const QString path = ApiFields::key(ApiField::To);
    const qsizetype entries = message.to.count(u',') + 1;
    if (entries > kMaxRecipients) {
        findings.error(QStringLiteral("SOIP-RECIPIENT-COUNT"), path,
                       Validator::tr("The recipients field has %n entries; one message can go to at most %1 "
                                     "numbers: split the list into several messages.",
                                     nullptr, static_cast<int>(std::min<qsizetype>(entries, INT_MAX)))
                           .arg(kMaxRecipients));
        return;
    }
    const QList<Recipient> recipients = RecipientList::parse(message.to);
    if (recipients.isEmpty()) {
        findings.error(QStringLiteral("E750"), path,
                       Validator::tr("The recipients field is empty: add at least one mobile number with its "
                                     "country code, e.g. 919876543210."));
        return;
    }
    // One issue per number, so each is named and can be fixed on its own.
    for (const Recipient &r : recipients) {
        switch (r.problem) {
        case Recipient::Problem::None:
            break;
        case Recipient::Problem::Empty:
            findings.error(QStringLiteral("SOIP-RECIPIENT-EMPTY"), path,
                           Validator::tr("There is an empty entry in the recipients: remove the extra comma."));
            continue;
        case Recipient::Problem::NotANumber:
            findings.error(QStringLiteral("INV-MOB-PATTRN"), path, r.problemText);
            continue;
        case Recipient::Problem::MissingCountryCode:
        case Recipient::Problem::Invalid:
            findings.error(QStringLiteral("INV-NUMBER"), path, r.problemText);
            continue;
        }
        if (r.duplicate) {
            findings.warning(QStringLiteral("SOIP-RECIPIENT-DUPLICATE"), path,
                             Validator::tr("%1 is in the recipients more than once, so that phone would get "
                                           "the message more than once.")
                                 .arg(r.input));
        } else if (!r.indian) {
            findings.warning(QStringLiteral("SOIP-RECIPIENT-NOT-INDIAN"), path,
                             Validator::tr("%1 is not an Indian number; SOIP messages reach phones in India only.")
                                 .arg(r.input));
        }
    }
}

} // namespace soip::rules
