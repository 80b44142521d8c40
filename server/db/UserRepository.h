#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

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

    explicit UserRepository(Database &db) : m_db(db) {}

    Result<std::optional<Credentials>> credentials(const QString &username);
    Result<std::optional<domain::User>> find(qint64 id);
    Result<qint64> create(const domain::User &user, const QByteArray &passwordHash);
    Result<void> setPasswordHash(qint64 id, const QByteArray &passwordHash);
    Result<int> count();

private:
    Database &m_db;
};

} // namespace pd::server
