#pragma once

#include "accounts/account.h"
#include "model/message.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace soip {

// The wire form of SOIP requests, in one place: endpoint URLs, headers, body, and the same request
// as text (for `soip send --dry-run` and the GUI's "Copy as cURL"), where the key is always the
// placeholder `$KALEYRA_API_KEY`.
class SoipRequest final {
public:
    // {base}/v1/{SID}/messages/soip and {base}/v1/{SID}/messages/status?message_ids=a,b
    static QUrl sendUrl(const Account &account);
    static QUrl statusUrl(const Account &account, const QStringList &messageIds);

    // "SOIP-Composer/<version> (Qt <version>)"
    static QByteArray userAgent();

    // The canonical compact JSON of `message` as it goes out (fields of its type only).
    static QByteArray body(const Message &message);

    // Requests with every header; the key goes only into the `api-key` header.
    static QNetworkRequest sendRequest(const Account &account, const QString &apiKey);
    static QNetworkRequest statusRequest(const Account &account, const QString &apiKey,
                                         const QStringList &messageIds);

    // A copy-pasteable POSIX shell command, key as "$KALEYRA_API_KEY".
    static QString curlCommand(const Account &account, const Message &message);
    // The raw HTTP/1.1 request as it goes on the wire, with the key replaced by `keyPlaceholder`.
    static QString httpText(const Account &account, const Message &message,
                            const QString &keyPlaceholder = QStringLiteral("$KALEYRA_API_KEY"));

    static constexpr char kApiKeyHeader[] = "api-key";
};

} // namespace soip
