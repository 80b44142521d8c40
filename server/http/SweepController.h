#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class SiteRepository;
class SweepService;
struct ApiRequest;

/// Whole-site sweeps over HTTP: `POST /api/v1/sites/{site}/sweeps?kind=content|links` starts one (202; 409 while
/// one of that kind runs), `GET /api/v1/sites/{site}/sweeps` lists the site's sweeps newest first,
/// `GET /api/v1/sweeps/{id}` reports progress, `POST /api/v1/sweeps/{id}/cancel` stops it,
/// `GET /api/v1/sweeps/{id}/findings` lists what it found, `GET /api/v1/items/{id}/sweep-findings` what every sweep
/// found on one item (for its reviewers) and `POST /api/v1/sweep-findings/{id}/transitions` marks a finding fixed
/// (re-checked) or ignored (with a reason).
class SweepController
{
public:
    SweepController(SweepService &sweeps, SiteRepository &sites) : m_sweeps(sweeps), m_sites(sites) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> start(ApiRequest &request);
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> get(ApiRequest &request);
    Result<ApiResponse> cancel(ApiRequest &request);
    Result<ApiResponse> findings(ApiRequest &request);
    Result<ApiResponse> resolve(ApiRequest &request);
    Result<ApiResponse> ofItem(ApiRequest &request);
    /// The sweep's site when the caller may see it (404 otherwise, unknown and invisible alike).
    /// The site named in the path, when it exists and the caller may see it (404 otherwise, as for a missing one).
    Result<qint64> visibleSite(ApiRequest &request);
    Result<qint64> visibleSweep(ApiRequest &request, qint64 id);

    SweepService &m_sweeps;
    SiteRepository &m_sites;
};

} // namespace pd::server
