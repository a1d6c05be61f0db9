#pragma once

#include "httpresult.h"
#include "validation/issue.h"
#include "vendorerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace soip {

// One recipient of an accepted request.
struct SentRecipient {
    QString messageId; // "<kid>:<n>", what delivery status is asked with
    QString recipient; // the number as the vendor echoed it (`recepient` or `recipient`)

    friend bool operator==(const SentRecipient &, const SentRecipient &) = default;
};

// The result of one send, as a person needs to hear it. Every kind is distinct; `explanation()`
// says what happened, whether the message went out and what to do next.
struct SendOutcome {
    Q_DECLARE_TR_FUNCTIONS(soip::SendOutcome)

public:
    enum class Kind {
        Accepted,       // 2xx with a kid: the vendor took the request
        NotSent,        // refused here before connecting (see `notSentReason`); nothing left the computer
        Rejected,       // the vendor answered 4xx with its error object (E7xx, INV-*, NO-CREDITS, ...)
        KeyRefused,     // 401/403: wrong key, key of a removed team member, IP not whitelisted
        RateLimited,    // 429; `retryAfterSeconds` when the server said
        ServerError,    // 5xx, an unexpected status, or a body that is not the JSON expected
        NetworkFailure, // DNS, refused connection, TLS: nothing was sent; safe to try again
        Unknown,        // timeout or connection lost after the request went out: check status first
    };
    enum class NotSentReason {
        None,
        InvalidMessage, // `issues` holds the validator's errors
        InvalidAccount, // no SID, a bad or insecure base URL: `detail` says which
        MissingKey,
        AlreadySending, // the same message to the same account is in flight
        Cancelled,
        KeyUnreadable, // the keychain did not give the key (locked, its prompt dismissed): `detail` says why
    };

    Kind kind = Kind::NotSent;
    NotSentReason notSentReason = NotSentReason::None;
    int httpStatus = 0;
    QString kid;
    QList<SentRecipient> recipients;
    VendorError vendorError;
    int retryAfterSeconds = -1; // -1: the server did not say
    QList<Issue> issues;        // local validation errors, for InvalidMessage
    QString detail;             // technical detail (Qt's network error, a body excerpt); no secrets
    bool requestSent = false;   // the request may have reached the server

    static SendOutcome fromHttp(const HttpResult &result);
    static SendOutcome notSent(NotSentReason reason, const QString &detail = {});
    static SendOutcome invalidMessage(const QList<Issue> &issues);

    // Short title ("Accepted", "Rejected by Kaleyra", "Outcome unknown", ...), translated.
    QString title() const;
    // Plain-language paragraph: what happened, whether anything was sent, what to do.
    QString explanation() const;
    // JSON path of the field to fix (`to`, `actions[1].action_to`, ...) where one applies, else empty.
    QString fieldToFix() const;

    bool isAccepted() const { return kind == Kind::Accepted; }
    // Might the message have gone out although we cannot confirm it?
    bool mayHaveBeenSent() const;
    // Nothing reached the server: sending again cannot cause a double send.
    bool isSafeToRetry() const;
};

} // namespace soip

Q_DECLARE_METATYPE(soip::SendOutcome)
