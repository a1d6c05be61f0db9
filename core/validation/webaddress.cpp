#include "webaddress.h"

#include <QUrl>

namespace soip {

QString WebAddress::problem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != text)
        return tr("The web address has spaces at its start or end.");
    if (text.contains(u' '))
        return tr("A web address cannot contain spaces; write them as %20.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (scheme.isEmpty() || !text.contains(QLatin1String("://"))) {
        return tr("“%1” is not a complete web address: it must start with https:// (or http://).").arg(text);
    }
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return tr("Only https:// and http:// web addresses can be opened on the phone, not %1://.").arg(scheme);
    if (!url.isValid())
        return tr("“%1” is not a valid web address.").arg(text);
    if (url.host().isEmpty())
        return tr("The web address %1 has no site name after %2://.").arg(text, scheme);
    return {};
}

} // namespace soip
