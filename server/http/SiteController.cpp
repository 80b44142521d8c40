#include "server/http/SiteController.h"

#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

void SiteController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/columns"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return columns(r); }});
}

Result<ApiResponse> SiteController::list(ApiRequest &request)
{
    auto sites = m_sites.sites();
    if (!sites)
        return std::unexpected(sites.error());
    QJsonArray out;
    for (const domain::Site &s : *sites)
        if (AccessPolicy::canSeeSite(request.caller(), s.id) || AccessPolicy::isAdmin(request.caller()))
            out.append(s.toJson());
    return ApiResponse::json(200, out);
}

Result<ApiResponse> SiteController::columns(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (!siteId)
        return fail(ErrorCode::NotFound, u"站点编号无效"_s);
    auto site = m_sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    // An unknown site and a site the caller may not see answer alike, so ids cannot be probed.
    if (!site->has_value()
        || !(AccessPolicy::canSeeSite(request.caller(), *siteId) || AccessPolicy::isAdmin(request.caller())))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    auto columns = m_sites.columns(*siteId);
    if (!columns)
        return std::unexpected(columns.error());
    QJsonArray out;
    for (const domain::Column &c : *columns)
        out.append(c.toJson());
    return ApiResponse::json(200, out);
}

} // namespace pd::server
