#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace soip {

// The vendor's error object: {"error": {"code", "type", "parameter", "message", "reference"}}.
struct VendorError {
    Q_DECLARE_TR_FUNCTIONS(soip::VendorError)

public:
    QString code;      // E750, INV-NUMBER, NO-CREDITS, ...
    QString type;      // VALIDATION_ERROR, ...
    QString parameter; // the field at fault, when the vendor names one
    QString message;   // the vendor's own (English) text
    QString reference;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty(); }

    // The object under "error" in `body`, when `body` is JSON carrying a non-empty one.
    static std::optional<VendorError> fromBody(const QByteArray &body);
    static std::optional<VendorError> fromJson(const QJsonObject &error);
    QJsonObject toJson() const; // {"code", "type", "parameter", "message", "reference"}

    // A translated, plain-language explanation of `code` (E7xx, INV-*, NO-CREDITS,
    // CAPABILITY-CHECK-ERROR, MOB-NOTALLOWED, ...); empty for a code this version does not know.
    static QString explain(const QString &code);
    // The field a code points at when the vendor leaves `parameter` empty.
    static QString parameterFor(const QString &code);

    friend bool operator==(const VendorError &, const VendorError &) = default;
};

} // namespace soip
