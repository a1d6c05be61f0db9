#include "messagetype.h"

namespace soip {

MessageKind messageKindFromString(const QString &type)
{
    if (type == QLatin1String("TXT"))
        return MessageKind::Text;
    if (type == QLatin1String("RMC"))
        return MessageKind::RichMedia;
    if (type == QLatin1String("CTA"))
        return MessageKind::CallToAction;
    return MessageKind::Unknown;
}

QString messageKindToString(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Text:
        return QStringLiteral("TXT");
    case MessageKind::RichMedia:
        return QStringLiteral("RMC");
    case MessageKind::CallToAction:
        return QStringLiteral("CTA");
    case MessageKind::Unknown:
        break;
    }
    return {};
}

Route routeFromString(const QString &route)
{
    if (route.isEmpty() || route == QLatin1String("MKT"))
        return Route::Marketing;
    if (route == QLatin1String("TXN"))
        return Route::Transactional;
    if (route == QLatin1String("OTP"))
        return Route::Otp;
    return Route::Unknown;
}

QString routeToString(Route route)
{
    switch (route) {
    case Route::Marketing:
        return QStringLiteral("MKT");
    case Route::Transactional:
        return QStringLiteral("TXN");
    case Route::Otp:
        return QStringLiteral("OTP");
    case Route::Unknown:
        break;
    }
    return {};
}

bool isValidMediaType(int mediaType)
{
    return mediaType == int(MediaType::Image) || mediaType == int(MediaType::Video);
}

bool isValidActionType(int actionType)
{
    return actionType >= int(ActionType::OpenLink) && actionType <= int(ActionType::Call);
}

} // namespace soip
