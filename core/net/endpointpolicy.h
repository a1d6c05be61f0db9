#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace soip {

// Which base URLs the client may talk to. The key travels in a header, so everything but this
// machine must be HTTPS; the check runs before any connection is made.
class EndpointPolicy final {
    Q_DECLARE_TR_FUNCTIONS(soip::EndpointPolicy)

public:
    // Empty when `baseUrl` is acceptable, else one translated sentence saying what is wrong.
    static QString problemWith(const QUrl &baseUrl);

    // localhost, 127.0.0.0/8 or ::1: plain http is allowed there (the sandbox, test servers).
    static bool isLoopbackHost(const QString &host);
};

} // namespace soip
