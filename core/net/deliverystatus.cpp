#include "deliverystatus.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace soip {

namespace {
const QMap<int, QString> &names()
{
    static const QMap<int, QString> map = {
        {0, u"DELIVRD"_s},
        {1, u"UNDELIV_UNSUPPORT_MSG_TYPE"_s},
        {2, u"UNDELIV_MSG_PARSE_FAILED"_s},
        {3, u"UNDELIV_UNSUPPORTED_SOURCE"_s},
        {4, u"BLOCKED"_s},
        {5, u"DELIVRD_TIMEOUT"_s},
        {6, u"OFFLINE"_s},
        {7, u"UNDELIV"_s},
        {8, u"DELIVRD_REPETED"_s},
        {15, u"REJECTED"_s},
        {16, u"TIMEOUT"_s},
        {20, u"DELIVRD_NO_CALLBACK"_s},
        {21, u"UNDELIV_NO_CALLBACK"_s},
    };
    return map;
}
} // namespace

QString DeliveryStatus::nameForCode(int code)
{
    if (code == kPending)
        return u"PENDING"_s;
    return names().value(code);
}

int DeliveryStatus::codeForName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    for (auto it = names().cbegin(); it != names().cend(); ++it) {
        if (it.value() == upper)
            return it.key();
    }
    return kPending;
}

QList<int> DeliveryStatus::knownCodes()
{
    return names().keys();
}

bool DeliveryStatus::isDelivered(int code)
{
    return code == 0 || code == 5 || code == 8 || code == 20;
}

QString DeliveryStatus::explain(int code)
{
    switch (code) {
    case kPending:
        return tr("Not confirmed yet: the phone has not reported back. Ask again in a few seconds.");
    case 0:
        return tr("Delivered to the phone.");
    case 1:
        return tr("Not delivered: the message type is not supported (only MKT, TXN and OTP routes are).");
    case 2:
        return tr("Not delivered: the message could not be read by the platform.");
    case 3:
        return tr("Not delivered: the request source is not supported.");
    case 4:
        return tr("Not delivered: the operator blocks this number.");
    case 5:
        return tr("Delivered, although the phone confirmed it late.");
    case 6:
        return tr("Not delivered: the phone is not reachable (switched off or offline).");
    case 7:
        return tr("Not delivered because of a network error.");
    case 8:
        return tr("Delivered more than once to the phone.");
    case 15:
        return tr("Not delivered: the operator has blacklisted this number.");
    case 16:
        return tr("Not confirmed: the phone did not acknowledge the message in time.");
    case 20:
        return tr("Delivered (the platform sent no delivery callback).");
    case 21:
        return tr("Not delivered (the platform sent no delivery callback).");
    default:
        return tr("Status code %1 is not in the SOIP reference.").arg(code);
    }
}

} // namespace soip
