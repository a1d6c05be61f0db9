#include "soiprequest.h"

#include "soipversion.h"
#include "json/messagecodec.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace soip {

namespace {

QUrl withPath(const Account &account, const QString &tail)
{
    QUrl url = account.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/v1/"_s + QString::fromLatin1(QUrl::toPercentEncoding(account.sid.trimmed())) + tail,
                QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

// Single-quotes `text` for a POSIX shell.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

QUrl SoipRequest::sendUrl(const Account &account)
{
    return withPath(account, u"/messages/soip"_s);
}

QUrl SoipRequest::statusUrl(const Account &account, const QStringList &messageIds)
{
    QUrl url = withPath(account, u"/messages/status"_s);
    QUrlQuery query;
    query.addQueryItem(u"message_ids"_s, messageIds.join(u','));
    url.setQuery(query);
    return url;
}

QByteArray SoipRequest::userAgent()
{
    return "SOIP-Composer/" SOIP_VERSION " (Qt " + QByteArray(qVersion()) + ')';
}

QByteArray SoipRequest::body(const Message &message)
{
    return MessageCodec::toBytes(message.withOnlyFieldsOfType(), QJsonDocument::Compact);
}

QNetworkRequest SoipRequest::sendRequest(const Account &account, const QString &apiKey)
{
    QNetworkRequest request(sendUrl(account));
    request.setRawHeader(kApiKeyHeader, apiKey.toUtf8());
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    return request;
}

QNetworkRequest SoipRequest::statusRequest(const Account &account, const QString &apiKey,
                                           const QStringList &messageIds)
{
    QNetworkRequest request(statusUrl(account, messageIds));
    request.setRawHeader(kApiKeyHeader, apiKey.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    return request;
}

QString SoipRequest::curlCommand(const Account &account, const Message &message)
{
    const QString url = sendUrl(account).toString(QUrl::FullyEncoded);
    QStringList lines;
    lines << u"curl --silent --show-error --request POST "_s + shellQuote(url);
    // Double quotes so the shell, not this program, fills in the key.
    lines << u"  --header \"api-key: $KALEYRA_API_KEY\""_s;
    lines << u"  --header 'Content-Type: application/json'"_s;
    lines << u"  --header 'Accept: application/json'"_s;
    lines << u"  --user-agent "_s + shellQuote(QString::fromUtf8(userAgent()));
    lines << u"  --data-binary "_s + shellQuote(QString::fromUtf8(body(message)));
    return lines.join(u" \\\n"_s) + u'\n';
}

QString SoipRequest::httpText(const Account &account, const Message &message, const QString &keyPlaceholder)
{
    const QUrl url = sendUrl(account);
    const QByteArray payload = body(message);
    QString host = url.host(QUrl::FullyEncoded);
    if (url.port() != -1)
        host += u':' + QString::number(url.port());
    QString text;
    text += u"POST "_s + url.path(QUrl::FullyEncoded) + u" HTTP/1.1\n"_s;
    text += u"Host: "_s + host + u'\n';
    text += u"api-key: "_s + keyPlaceholder + u'\n';
    text += u"Content-Type: application/json\n"_s;
    text += u"Accept: application/json\n"_s;
    text += u"User-Agent: "_s + QString::fromUtf8(userAgent()) + u'\n';
    text += u"Content-Length: "_s + QString::number(payload.size()) + u"\n\n"_s;
    text += QString::fromUtf8(payload) + u'\n';
    return text;
}

} // namespace soip
