#pragma once
#include "app/domain/Error.h"
#include "app/store/Account.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSettings>

#include <optional>

namespace pd::store {

/// The accounts the user has set up (several servers, users and sites) and which one is current, persisted in the
/// QSettings it is given (group `accounts`). Secrets live in a CredentialStore (AccountCredentials), the data of
/// each account in its own LocalStore (Account::storePath). A pre-registry single account (keys account/server,
/// account/user, account/site) is taken over on first construction.
class AccountRegistry : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRegistry)

public:
    explicit AccountRegistry(QSettings &settings, QObject *parent = nullptr);

    /// In the order they were added.
    [[nodiscard]] QList<Account> accounts() const { return m_accounts; }
    [[nodiscard]] std::optional<Account> account(const QString &id) const;
    /// The account used at start; nullopt when there is none.
    [[nodiscard]] std::optional<Account> current() const;
    [[nodiscard]] QString currentId() const { return m_currentId; }

    /// Checks an account as add()/update() would (server address, user name, CA file readable and holding PEM
    /// certificates); the message says what to fix, in the user's language.
    [[nodiscard]] static Result<Account> validate(const Account &account);
    /// Adds a new account (the first one becomes current). ErrorCode::InvalidInput when it is invalid or the same
    /// user on the same server exists already. Returns the account as stored (server address normalised).
    Result<Account> add(const Account &account);
    /// Replaces the account with id `id` (its server or user may change, which changes its id).
    Result<Account> update(const QString &id, const Account &account);
    /// Removes an account; when it was current, the first remaining one becomes current. Its secret and local
    /// database are left to the caller (AccountCredentials::forget, LocalStore file).
    Result<void> remove(const QString &id);
    Result<void> setCurrent(const QString &id);
    /// Remembers the site last worked on for an account.
    Result<void> setSite(const QString &id, qint64 siteId);

Q_SIGNALS:
    void accountsChanged();
    void currentChanged(const QString &id);

private:
    void load();
    void save();
    void takeOverLegacyAccount();
    [[nodiscard]] qsizetype indexOf(const QString &id) const;

    QSettings &m_settings;
    QList<Account> m_accounts;
    QString m_currentId;
};

} // namespace pd::store
