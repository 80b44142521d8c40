#include "server/http/SiteHealthController.h"

#include "app/domain/IsoTime.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiServer.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

void SiteHealthController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/health"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return site(r); }});
    server.addRoute(Route{"GET", u"/api/v1/site-group/health"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return group(r); }});
}

Result<domain::SiteHealth> SiteHealthController::health(const domain::Site &site)
{
    auto columns = m_sites.columns(site.id);
    if (!columns)
        return std::unexpected(columns.error());
    return domain::SiteHealth::assess(site, *columns, m_clock.now(), m_zone, m_policy);
}

Result<ApiResponse> SiteHealthController::site(ApiRequest &request)
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
    auto health = this->health(**site);
    if (!health)
        return std::unexpected(health.error());
    return ApiResponse::json(200, health->toJson());
}

Result<ApiResponse> SiteHealthController::group(ApiRequest &request)
{
    auto sites = m_sites.sites();
    if (!sites)
        return std::unexpected(sites.error());
    const QDateTime now = m_clock.now();
    QJsonArray out;
    int failed = 0;
    for (const domain::Site &s : std::as_const(*sites)) {
        if (!s.enabled || !(AccessPolicy::canSeeSite(request.caller(), s.id) || AccessPolicy::isAdmin(request.caller())))
            continue;
        auto columns = m_sites.columns(s.id);
        if (!columns)
            return std::unexpected(columns.error());
        const auto health = domain::SiteHealth::assess(s, *columns, now, m_zone, m_policy);
        failed += health.failed() ? 1 : 0;
        out.append(health.toJson());
    }
    return ApiResponse::json(200, QJsonObject{{u"at"_s, domain::IsoTime::format(now)},
                                              {u"failedSites"_s, failed},
                                              {u"sites"_s, out}});
}

} // namespace pd::server
