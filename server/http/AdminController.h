#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class AdminAuditLog;
class ApiServer;
class Database;
class SiteRepository;
struct ApiRequest;

/// A site's review policy (`GET/PUT /api/v1/sites/{site}/review-policy`) and the administration audit log
/// (`GET /api/v1/audit`), both for administrators only.
class AdminController
{
public:
    AdminController(Database &db, SiteRepository &sites, AdminAuditLog &audit) : m_db(db), m_sites(sites), m_audit(audit) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> reviewPolicy(ApiRequest &request);
    Result<ApiResponse> setReviewPolicy(ApiRequest &request);
    Result<ApiResponse> auditLog(ApiRequest &request);

    Database &m_db;
    SiteRepository &m_sites;
    AdminAuditLog &m_audit;
};

} // namespace pd::server
