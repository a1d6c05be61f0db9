#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

// Recipient numbers that make the sandbox behave in a documented way, so QA can see every
// rejection and delivery status without a real phone. Documented in docs/sending.md and
// `soip help sandbox`. Every other number is accepted and ends DELIVRD.
class SandboxNumbers final {
    Q_DECLARE_TR_FUNCTIONS(soip::SandboxNumbers)

public:
    struct TestNumber {
        QString number; // E.164 without '+', e.g. 919876500101
        QString effect; // translated
    };

    // The vendor error code a number triggers when sent to (CAPABILITY-CHECK-ERROR, NO-CREDITS,
    // MOB-NOTALLOWED, INV-NUMBER), or empty.
    static QString rejectionFor(const QString &digits);
    // 429 or 500 for the numbers that simulate a busy or broken server, else 0.
    static int httpFailureFor(const QString &digits);
    // The final callback status code a number's delivery ends with (0 DELIVRD by default).
    static int finalStatusFor(const QString &digits);

    // Every documented number with its effect, for help texts.
    static QList<TestNumber> all();
};

} // namespace soip
