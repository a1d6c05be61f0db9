#include "endpointpolicy.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace soip {

QString EndpointPolicy::problemWith(const QUrl &baseUrl)
{
    if (baseUrl.isEmpty())
        return tr("The account has no base URL (e.g. https://api.kaleyra.io).");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid web address (e.g. https://api.kaleyra.io).")
            .arg(baseUrl.toString());
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(baseUrl.host()))
            return {};
        return tr("Refusing to use plain http for %1: the API key would travel unencrypted. Use https:// "
                  "(plain http is only allowed for this computer, e.g. the sandbox).")
            .arg(baseUrl.host());
    }
    return tr("The base URL \"%1\" must start with https://.").arg(baseUrl.toString());
}

bool EndpointPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace soip
