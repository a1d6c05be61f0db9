#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

// The delivery status of one message id, as the status endpoint reports it.
struct DeliveryStatus {
    Q_DECLARE_TR_FUNCTIONS(soip::DeliveryStatus)

public:
    static constexpr int kPending = -1; // no callback status yet

    QString messageId;
    QString recipient;
    int code = kPending; // the reference's callback status code (0 DELIVRD ... 21 UNDELIV_NO_CALLBACK)
    QString status;      // the vendor's name (DELIVRD, ...) or PENDING
    QString description; // the vendor's own text, if any
    QString updatedAt;   // as the server gave it

    bool isFinal() const { return code != kPending; }
    bool isDelivered() const { return isDelivered(code); }
    QString explanation() const { return explain(code); }

    // The reference's table: code <-> name. Unknown names give kPending; unknown codes an empty name.
    static QString nameForCode(int code);
    static int codeForName(const QString &name);
    static QList<int> knownCodes();
    static bool isDelivered(int code); // 0, 5, 8, 20
    // Plain language for a person, translated ("Delivered.", "The phone is not reachable...").
    static QString explain(int code);
};

} // namespace soip
