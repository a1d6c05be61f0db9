#include "keychaincredentialstore.h"

#include <QPromise>

#include <qt6keychain/keychain.h>

#include <memory>

namespace soip {

namespace {

CredentialResult resultOf(const QKeychain::Job &job)
{
    CredentialResult result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = CredentialResult::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        result.status = CredentialResult::Status::NotFound;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = CredentialResult::Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing D-Bus session or Secret Service shows up as OtherError (7).
        result.status = CredentialResult::Status::Unavailable;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = CredentialResult::Status::Failed;
        break;
    }
    return result;
}

// Runs `job` and finishes the returned future with its result. The job deletes itself.
template <typename Job, typename Extract> QFuture<CredentialResult> run(Job *job, Extract extract)
{
    auto promise = std::make_shared<QPromise<CredentialResult>>();
    promise->start();
    QFuture<CredentialResult> future = promise->future();
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, extract](QKeychain::Job *finished) {
        CredentialResult result = resultOf(*finished);
        if (result.ok())
            extract(static_cast<Job *>(finished), result);
        promise->addResult(result);
        promise->finish();
    });
    job->start();
    return future;
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{}

QFuture<CredentialResult> KeychainCredentialStore::readKey(const QString &entry)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entry);
    return run(job, [](QKeychain::ReadPasswordJob *done, CredentialResult &result) {
        result.secret = done->textData();
        if (result.secret.isEmpty())
            result.status = CredentialResult::Status::NotFound;
    });
}

QFuture<CredentialResult> KeychainCredentialStore::writeKey(const QString &entry, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entry);
    job->setTextData(key);
    return run(job, [](QKeychain::WritePasswordJob *, CredentialResult &) {});
}

QFuture<CredentialResult> KeychainCredentialStore::removeKey(const QString &entry)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(entry);
    return run(job, [](QKeychain::DeletePasswordJob *, CredentialResult &) {});
}

} // namespace soip
