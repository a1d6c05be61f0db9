// The recipients parser, and its fast path for Indian mobile numbers agreeing with libphonenumber.
#include "fuzzcheck.h"
#include "recipients/phonenumbercheck.h"
#include "recipients/recipientlist.h"

#include <cstdint>

using namespace soip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QList<Recipient> parsed = RecipientList::parse(text);
    for (const Recipient &recipient : parsed) {
        SOIP_FUZZ_CHECK(recipient.valid == recipient.problemText.isEmpty(), "an invalid number says why");
        SOIP_FUZZ_CHECK(recipient.valid == !recipient.e164.isEmpty(), "a valid number has its E.164 form");
        if (!PhoneNumberCheck::hasFastAnswer(recipient.input))
            continue;
        const Recipient slow = PhoneNumberCheck::checkRecipientWithLibphonenumber(recipient.input);
        SOIP_FUZZ_CHECK(recipient.valid == slow.valid && recipient.e164 == slow.e164 &&
                            recipient.indian == slow.indian && recipient.problem == slow.problem,
                        "the fast path agrees with libphonenumber");
    }

    // What the composer writes back into `to` parses to the same valid numbers.
    const QList<Recipient> pasted = RecipientList::withoutDuplicates(RecipientList::fromPastedText(text));
    const QList<Recipient> again = RecipientList::parse(RecipientList::toField(pasted));
    SOIP_FUZZ_CHECK(again.size() == pasted.size(), "toField keeps every entry");
    for (qsizetype i = 0; i < pasted.size(); ++i) {
        if (pasted.at(i).valid)
            SOIP_FUZZ_CHECK(again.at(i).valid && again.at(i).e164 == pasted.at(i).e164,
                            "a valid number stays valid");
    }
    return 0;
}
