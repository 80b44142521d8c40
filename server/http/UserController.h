#pragma once
#include "app/domain/Error.h"
#include "server/db/UserRepository.h"
#include "server/http/ApiResponse.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd::server {

class AdminAuditLog;
class ApiServer;
class Database;
class PasswordHasher;
class SiteRepository;
struct ApiRequest;

/// Accounts for portal administrators (`/api/v1/users…`: create, edit, disable, roles per site, password reset) and
/// every user's own password change (`POST /api/v1/me/password`). Each change is one transaction with an audit entry.
class UserController
{
public:
    UserController(Database &db, UserRepository &users, SiteRepository &sites, PasswordHasher &hasher, AdminAuditLog &audit)
        : m_db(db), m_users(users), m_sites(sites), m_hasher(hasher), m_audit(audit)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> get(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> resetPassword(ApiRequest &request);
    Result<ApiResponse> changeOwnPassword(ApiRequest &request);
    /// The account `id` names; 404 when there is none.
    Result<UserRepository::Account> account(std::optional<qint64> id);
    /// Every site's id, for checking the sites of role grants.
    Result<QList<qint64>> siteIds();
    /// 409 naming the field when another account has `username`.
    Result<void> checkUsernameFree(const QString &username);

    Database &m_db;
    UserRepository &m_users;
    SiteRepository &m_sites;
    PasswordHasher &m_hasher;
    AdminAuditLog &m_audit;
};

} // namespace pd::server
