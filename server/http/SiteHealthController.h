#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteHealth.h"
#include "app/domain/StalenessPolicy.h"
#include "server/config/ServerClock.h"
#include "server/http/ApiResponse.h"

#include <QTimeZone>

namespace pd::server {

class ApiServer;
class SiteRepository;
struct ApiRequest;

/// The early warnings ahead of the inspection: `GET /api/v1/sites/{site}/health` (each content column's days left
/// under its update rule, yellow inside the margin, red when stale or empty, the count against the fail line) and
/// `GET /api/v1/site-group/health` (the same for every site the caller sees — the whole 站群 for an administrator).
class SiteHealthController
{
public:
    SiteHealthController(SiteRepository &sites, ServerClock clock, QTimeZone zone, domain::StalenessPolicy policy)
        : m_sites(sites), m_clock(clock), m_zone(std::move(zone)), m_policy(std::move(policy))
    {
    }
    void registerRoutes(ApiServer &server);

    /// One site's health now (the report writer reads it the same way).
    Result<domain::SiteHealth> health(const domain::Site &site);

private:
    Result<ApiResponse> site(ApiRequest &request);
    Result<ApiResponse> group(ApiRequest &request);

    SiteRepository &m_sites;
    ServerClock m_clock;
    QTimeZone m_zone;
    domain::StalenessPolicy m_policy;
};

} // namespace pd::server
