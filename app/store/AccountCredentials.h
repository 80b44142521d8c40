#pragma once
#include "app/domain/Error.h"
#include "app/store/Account.h"
#include "app/store/CredentialStore.h"
#include "app/store/MemoryCredentialStore.h"

#include <QObject>

#include <functional>
#include <memory>

namespace pd::store {

/// Passwords of the registered accounts, keyed per account (Account::id()), in the system keyring. When no keyring
/// is available, it says so once (keyringUnavailable, a message in the user's language) and keeps passwords for this
/// run only, so the user is asked at every start: a password never lands in a clear-text file.
class AccountCredentials : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountCredentials)

public:
    /// `keyring` is the persistent store (KeychainCredentialStore in the app, a double in tests).
    explicit AccountCredentials(std::unique_ptr<CredentialStore> keyring, QObject *parent = nullptr);

    /// The stored password; ErrorCode::NotFound when none is (then ask the user).
    void password(const Account &account, QObject *context, std::function<void(Result<QString>)> done);
    /// Stores the password. Without a keyring it is kept for this run and `done` still succeeds; the reason is
    /// reported once through keyringUnavailable().
    void remember(const Account &account, const QString &password, QObject *context,
                  std::function<void(Result<void>)> done);
    /// Forgets the password (on sign-out with "forget", or when the account is removed). Absent is fine.
    void forget(const Account &account, QObject *context, std::function<void(Result<void>)> done);
    /// Whether remembered passwords survive a restart (false after the keyring turned out to be missing).
    [[nodiscard]] bool persists() const { return !m_fallback; }
    /// The message of the keyring failure, empty while the keyring works.
    [[nodiscard]] QString keyringProblem() const { return m_problem; }

Q_SIGNALS:
    /// The keyring cannot be used; `error.message` explains that the password is asked at every start.
    void keyringUnavailable(const pd::Error &error);

private:
    [[nodiscard]] CredentialStore &active();
    void switchToMemory(const Error &why);

    std::unique_ptr<CredentialStore> m_keyring;
    std::unique_ptr<MemoryCredentialStore> m_fallback;
    QString m_problem;
};

} // namespace pd::store
