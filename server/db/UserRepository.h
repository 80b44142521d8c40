#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// Users, their password hashes and their role grants.
class UserRepository
{
public:
    /// What login needs: the id and the stored Argon2id hash string.
    struct Credentials {
        qint64 id = 0;
        QByteArray passwordHash;
        bool disabled = false;
    };

    /// An account as administrators see it: the user with their roles, and its state.
    struct Account {
        domain::User user;
        bool enabled = true;
        qint64 revision = 1;
        qint64 createdAt = 0; ///< ms since the epoch
        /// `GET /api/v1/users/{id}`: the User fields plus enabled, mustChangePassword, revision, createdAt.
        [[nodiscard]] QJsonObject toJson() const;
    };

    explicit UserRepository(Database &db) : m_db(db) {}

    Result<std::optional<Credentials>> credentials(const QString &username);
    Result<std::optional<domain::User>> find(qint64 id);
    Result<qint64> create(const domain::User &user, const QByteArray &passwordHash);
    Result<void> setPasswordHash(qint64 id, const QByteArray &passwordHash);
    /// A new password chosen by an administrator (`mustChange`) or by the user, bumping the account's revision.
    Result<void> setPassword(qint64 id, const QByteArray &passwordHash, bool mustChange);
    /// Every account (disabled ones too), or the one with `id`; in id order.
    Result<QList<Account>> accounts(std::optional<qint64> id = std::nullopt);
    /// Writes name, display name, enabled and the role grants (replacing them); bumps the revision.
    Result<void> update(const Account &account);
    /// The account with this user name, compared without case.
    Result<std::optional<qint64>> idOf(const QString &username);
    /// Enabled accounts holding an `admin` grant (on any site).
    Result<int> enabledAdministrators();
    Result<int> count();

private:
    Result<QList<domain::RoleGrant>> rolesOf(qint64 id);

    Database &m_db;
};

} // namespace pd::server
