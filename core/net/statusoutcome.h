#pragma once

#include "deliverystatus.h"
#include "httpresult.h"
#include "vendorerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

// The answer to a delivery-status query: {"data": [...], "error": {}}.
struct StatusOutcome {
    Q_DECLARE_TR_FUNCTIONS(soip::StatusOutcome)

public:
    enum class Kind { Ok, NotAsked, Rejected, KeyRefused, RateLimited, ServerError, NetworkFailure };

    Kind kind = Kind::NotAsked;
    int httpStatus = 0;
    QList<DeliveryStatus> statuses;
    VendorError vendorError; // with Ok too, when some ids were not found
    int retryAfterSeconds = -1;
    QString detail;

    static StatusOutcome fromHttp(const HttpResult &result);
    static StatusOutcome notAsked(const QString &why);

    QString title() const;
    QString explanation() const;
};

} // namespace soip

Q_DECLARE_METATYPE(soip::StatusOutcome)
