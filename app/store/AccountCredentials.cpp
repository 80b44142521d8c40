#include "app/store/AccountCredentials.h"

#include "app/store/StoreLog.h"

#include <QPointer>

namespace pd::store {

namespace {
/// A keyring that is missing or refuses us (as opposed to "nothing stored"): reason to stop using it this run.
bool keyringBroken(const Error &e)
{
    return e.code == ErrorCode::Storage;
}
} // namespace

AccountCredentials::AccountCredentials(std::unique_ptr<CredentialStore> keyring, QObject *parent)
    : QObject(parent)
    , m_keyring(std::move(keyring))
{
    if (!m_keyring || !m_keyring->persists())
        m_fallback = std::make_unique<MemoryCredentialStore>();
}

CredentialStore &AccountCredentials::active()
{
    if (m_fallback)
        return *m_fallback;
    return *m_keyring;
}

void AccountCredentials::switchToMemory(const Error &why)
{
    if (m_fallback)
        return;
    qCWarning(lcStore) << "no usable keyring, passwords are kept for this run only:" << why.message;
    m_fallback = std::make_unique<MemoryCredentialStore>();
    m_problem = why.message;
    Q_EMIT keyringUnavailable(why);
}

void AccountCredentials::password(const Account &account, QObject *context, std::function<void(Result<QString>)> done)
{
    const bool usingKeyring = !m_fallback;
    QPointer<AccountCredentials> self(this);
    active().read(account.id(), context, [self, usingKeyring, done](Result<QString> secret) {
        if (!secret && usingKeyring && self && keyringBroken(secret.error())) {
            // Reading is how a start finds out there is no keyring: tell once, then simply ask for the password.
            self->switchToMemory(secret.error());
            done(std::unexpected(Error::make(ErrorCode::NotFound, secret.error().message)));
            return;
        }
        done(std::move(secret));
    });
}

void AccountCredentials::remember(const Account &account, const QString &password, QObject *context,
                                  std::function<void(Result<void>)> done)
{
    const bool usingKeyring = !m_fallback;
    const QString key = account.id();
    QPointer<AccountCredentials> self(this);
    active().write(key, password, context, [self, usingKeyring, key, password, context, done](Result<void> written) {
        if (!written && usingKeyring && self && keyringBroken(written.error())) {
            self->switchToMemory(written.error());
            self->m_fallback->write(key, password, context, done);
            return;
        }
        done(std::move(written));
    });
}

void AccountCredentials::forget(const Account &account, QObject *context, std::function<void(Result<void>)> done)
{
    active().remove(account.id(), context, [done](Result<void> removed) {
        if (!removed && removed.error().code == ErrorCode::NotFound) {
            done({});
            return;
        }
        done(std::move(removed));
    });
}

} // namespace pd::store
