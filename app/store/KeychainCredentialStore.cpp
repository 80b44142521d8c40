#include "app/store/KeychainCredentialStore.h"

#include "app/store/StoreLog.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace pd::store {

namespace {
Error keychainError(QKeychain::Error code, const QString &detail)
{
    switch (code) {
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::NotFound, KeychainCredentialStore::tr("No password is stored for this account."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::make(ErrorCode::Storage,
                           KeychainCredentialStore::tr("No system keyring is available, so the password cannot be "
                                                       "remembered; it will be asked for at every start (it is never "
                                                       "stored in clear text)."));
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error::make(ErrorCode::Storage, KeychainCredentialStore::tr("The system keyring refused access: %1")
                                                   .arg(detail));
    default:
        return Error::make(ErrorCode::Storage, KeychainCredentialStore::tr("The system keyring failed: %1").arg(detail));
    }
}

template <typename Job>
Job *makeJob(const QString &service, const QString &account)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainCredentialStore::read(const QString &account, QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, hadContext, done](QKeychain::Job *finished) {
        if (hadContext && !guard)
            return;
        if (finished->error() != QKeychain::NoError) {
            qCInfo(lcStore) << "keyring read failed:" << finished->errorString();
            done(std::unexpected(keychainError(finished->error(), finished->errorString())));
            return;
        }
        done(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData());
    });
    job->start();
}

void KeychainCredentialStore::write(const QString &account, const QString &secret, QObject *context,
                                    std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, hadContext, done](QKeychain::Job *finished) {
        if (hadContext && !guard)
            return;
        if (finished->error() != QKeychain::NoError) {
            qCInfo(lcStore) << "keyring write failed:" << finished->errorString();
            done(std::unexpected(keychainError(finished->error(), finished->errorString())));
            return;
        }
        done({});
    });
    job->start();
}

void KeychainCredentialStore::remove(const QString &account, QObject *context, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, hadContext, done](QKeychain::Job *finished) {
        if (hadContext && !guard)
            return;
        // Removing what is not there is success: the account has no stored password either way.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(std::unexpected(keychainError(finished->error(), finished->errorString())));
            return;
        }
        done({});
    });
    job->start();
}

} // namespace pd::store
