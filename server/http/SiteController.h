#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class SiteRepository;
struct ApiRequest;

/// `GET /api/v1/sites` and `GET /api/v1/sites/{site}/columns`: the sites a caller works on and their column trees,
/// and (for 报送) the portals of the sites the caller writes for.
class SiteController
{
public:
    explicit SiteController(SiteRepository &sites) : m_sites(sites) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> columns(ApiRequest &request);

    SiteRepository &m_sites;
};

} // namespace pd::server
