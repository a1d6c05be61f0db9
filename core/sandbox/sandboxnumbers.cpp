#include "sandboxnumbers.h"

#include "net/deliverystatus.h"

using namespace Qt::StringLiterals;

namespace soip {

namespace {
const QString kPrefix = u"91987650"_s; // +91 98765 0xxxx
} // namespace

QString SandboxNumbers::rejectionFor(const QString &digits)
{
    if (digits == kPrefix + u"0101"_s)
        return u"CAPABILITY-CHECK-ERROR"_s;
    if (digits == kPrefix + u"0102"_s)
        return u"NO-CREDITS"_s;
    if (digits == kPrefix + u"0103"_s)
        return u"MOB-NOTALLOWED"_s;
    if (digits == kPrefix + u"0104"_s)
        return u"INV-NUMBER"_s;
    return {};
}

int SandboxNumbers::httpFailureFor(const QString &digits)
{
    if (digits == kPrefix + u"0429"_s)
        return 429;
    if (digits == kPrefix + u"0500"_s)
        return 500;
    return 0;
}

int SandboxNumbers::finalStatusFor(const QString &digits)
{
    // 9198765002SS ends with callback status SS.
    if (digits.size() == 12 && digits.startsWith(kPrefix + u"02"_s)) {
        bool ok = false;
        const int code = digits.right(2).toInt(&ok);
        if (ok && DeliveryStatus::knownCodes().contains(code))
            return code;
    }
    return 0;
}

QList<SandboxNumbers::TestNumber> SandboxNumbers::all()
{
    QList<TestNumber> list = {
        {kPrefix + u"0101"_s, tr("rejected with CAPABILITY-CHECK-ERROR (phone cannot receive SOIP)")},
        {kPrefix + u"0102"_s, tr("rejected with NO-CREDITS (account out of credits)")},
        {kPrefix + u"0103"_s, tr("rejected with MOB-NOTALLOWED (default sender, number not in the team)")},
        {kPrefix + u"0104"_s, tr("rejected with INV-NUMBER (invalid number)")},
        {kPrefix + u"0429"_s, tr("answered with HTTP 429 Too Many Requests, Retry-After: 30")},
        {kPrefix + u"0500"_s, tr("answered with HTTP 500 and an HTML error page")},
    };
    for (int code : DeliveryStatus::knownCodes()) {
        if (code == 0)
            continue;
        list.append(
            {kPrefix + u"02"_s + QString::number(code).rightJustified(2, u'0'),
             tr("accepted; delivery status ends %1 (%2)").arg(DeliveryStatus::nameForCode(code)).arg(code)});
    }
    return list;
}

} // namespace soip
