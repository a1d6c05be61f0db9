#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace soip {

// What a keychain operation gave.
struct CredentialResult {
    Q_DECLARE_TR_FUNCTIONS(soip::CredentialResult)

public:
    enum class Status {
        Ok,          // done; for a read, `secret` holds the key
        NotFound,    // no key is stored for this account
        Unavailable, // no keychain works here (e.g. Linux without a Secret Service): offer a
                     // session-only key instead; never fall back to a plain-text file
        Denied,      // the user or the system refused access
        Failed,      // anything else; `detail` says what the keychain reported
    };

    Status status = Status::Failed;
    QString secret; // only for a successful read; never log or print it
    QString detail; // the keychain's own error text, for the "details" part of a message

    bool ok() const { return status == Status::Ok; }
    // One translated sentence for a person.
    QString explanation() const;
};

// Where API keys are kept, behind an interface so the UI and tests can use a fake and the app can
// hold a session-only key in memory. Operations are asynchronous (the OS keychain may prompt the
// user); each future finishes exactly once, on the thread that called.
class CredentialStore {
public:
    virtual ~CredentialStore() = default;

    // `entry` is Account::credentialKey().
    virtual QFuture<CredentialResult> readKey(const QString &entry) = 0;
    virtual QFuture<CredentialResult> writeKey(const QString &entry, const QString &key) = 0;
    virtual QFuture<CredentialResult> removeKey(const QString &entry) = 0;

    // Waits for `future` with a local event loop. For the command-line tool and tests only: the GUI
    // uses QFuture::then(context, ...) instead.
    static CredentialResult wait(QFuture<CredentialResult> future);
};

} // namespace soip
