#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>

namespace soip {

// What one HTTP exchange gave, before anyone interprets it. Filled by HttpExchange.
struct HttpResult {
    int httpStatus = 0; // 0 when no response status line arrived
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter; // the Retry-After header, raw
    QByteArray location;   // the Location header of a redirect, which is never followed

    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // Qt's text, for details; never contains the key (headers are not in it)

    // True once the request may have reached the server: Qt reported it written, or a response
    // began. A POST that fails after this point has an unknown outcome and is never retried.
    bool requestSent = false;
    // Nothing can have been sent: a new TLS connection was still being set up when the exchange
    // ended. (Qt reports "request sent" from its network thread, so without this a deadline or an
    // abort that falls just after the write could be mistaken for "not sent".)
    bool provablyNotSent = false;
    bool timedOut = false;  // our own deadline fired (Qt reports that as OperationCanceledError too)
    bool cancelled = false; // the caller aborted
};

} // namespace soip
