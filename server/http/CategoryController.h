#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteCategory.h"
#include "server/http/ApiResponse.h"

#include <optional>

namespace pd::server {

class AdminAuditLog;
class ApiServer;
class Database;
class SiteRepository;
struct ApiRequest;

/// A site's own disclosure topic categories beside the national 22: `GET/POST /api/v1/sites/{site}/disclosure/categories`
/// and `PUT/DELETE /api/v1/disclosure/categories/{code}`. Anyone on the site reads them (the disclosure form offers
/// them); only administrators change them, each change one transaction with its audit entry.
class CategoryController
{
public:
    CategoryController(Database &db, SiteRepository &sites, AdminAuditLog &audit) : m_db(db), m_sites(sites), m_audit(audit) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> remove(ApiRequest &request);
    /// The category the request's `{code}` names, for an administrator; 404 when there is none.
    Result<domain::SiteCategory> existing(const ApiRequest &request);
    /// 409 when another category among the siblings of `category` on its site already has its name.
    Result<void> checkUniqueName(const domain::SiteCategory &category);
    /// Renumbers the siblings of `category` so it can stand at `position` (nullopt: last); returns its place.
    Result<int> placeAmongSiblings(const domain::SiteCategory &category, std::optional<int> position);

    Database &m_db;
    SiteRepository &m_sites;
    AdminAuditLog &m_audit;
};

} // namespace pd::server
