#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "server/http/ApiResponse.h"

#include <functional>

namespace pd::server {

class AdminAuditLog;
class ApiServer;
class Database;
class SiteRepository;
struct ApiRequest;

/// Sites of the group (`POST /api/v1/sites`, `PUT /api/v1/sites/{site}`), each site's review policy
/// (`GET/PUT /api/v1/sites/{site}/review-policy`) and the administration audit log (`GET /api/v1/audit`), for
/// administrators only; every change is one transaction with its audit entry.
class AdminController
{
public:
    AdminController(Database &db, SiteRepository &sites, AdminAuditLog &audit) : m_db(db), m_sites(sites), m_audit(audit) {}
    void registerRoutes(ApiServer &server);
    /// Called with the site's id after a site was created or changed (committed), so its public pages follow.
    void setSiteChanged(std::function<void(qint64)> siteChanged) { m_siteChanged = std::move(siteChanged); }

private:
    Result<ApiResponse> createSite(ApiRequest &request);
    Result<ApiResponse> updateSite(ApiRequest &request);
    /// The group rules a site's fields must keep: an existing portal as parent, no grandchildren, a unique 网站标识码.
    Result<void> checkGroup(const domain::Site &site);
    Result<ApiResponse> reviewPolicy(ApiRequest &request);
    Result<ApiResponse> setReviewPolicy(ApiRequest &request);
    Result<ApiResponse> auditLog(ApiRequest &request);

    Database &m_db;
    SiteRepository &m_sites;
    AdminAuditLog &m_audit;
    std::function<void(qint64)> m_siteChanged;
};

} // namespace pd::server
