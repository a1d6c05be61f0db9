#include "account.h"

#include "model/message.h"
#include "net/endpointpolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace soip {

QString Account::credentialKey() const
{
    return u"api-key/"_s + id;
}

QStringList Account::problems() const
{
    QStringList list;
    if (name.trimmed().isEmpty())
        list << tr("The account needs a name.");
    static const QRegularExpression sidPattern(u"^[A-Za-z0-9_-]+$"_s);
    if (sid.trimmed().isEmpty())
        list << tr("The account needs its SID (shown in the Kaleyra.io console, e.g. HXXXXXXX071US).");
    else if (!sidPattern.match(sid).hasMatch())
        list << tr("The SID \"%1\" may only contain letters, digits, '-' and '_'.").arg(sid);
    const QString urlProblem = EndpointPolicy::problemWith(baseUrl);
    if (!urlProblem.isEmpty())
        list << urlProblem;
    return list;
}

QUrl Account::defaultBaseUrl()
{
    return QUrl(u"https://api.kaleyra.io"_s);
}

QList<BaseUrlPreset> Account::baseUrlPresets()
{
    return {
        {QUrl(u"https://api.kaleyra.io"_s), tr("Kaleyra (api.kaleyra.io, the SOIP reference host)")},
        {QUrl(u"https://api.in.kaleyra.io"_s), tr("Kaleyra India (api.in.kaleyra.io)")},
        {QUrl(u"https://api.ap.kaleyra.io"_s), tr("Kaleyra Asia Pacific (api.ap.kaleyra.io)")},
        {QUrl(u"https://api.eu.kaleyra.io"_s), tr("Kaleyra Europe (api.eu.kaleyra.io)")},
    };
}

void Account::fillDefaults(Message &message) const
{
    for (auto [field, value] : {std::pair{&Message::from, &Account::defaultSender},
                                {&Message::route, &Account::defaultRoute},
                                {&Message::callbackProfileId, &Account::defaultCallbackProfileId}}) {
        if ((message.*field).isEmpty())
            message.*field = this->*value;
    }
}

} // namespace soip
