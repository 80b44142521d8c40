#include "server/http/SiteController.h"

#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

void SiteController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/columns"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return columns(r); }});
}

namespace {

/// Whether `siteId` is the portal of a site the caller writes or publishes for: such a caller may send items there
/// (报送), so may read the portal's name and columns without holding a role on it.
bool isPortalOfCallersSite(const domain::User &caller, qint64 siteId, const QList<domain::Site> &sites)
{
    return std::ranges::any_of(sites, [&](const domain::Site &s) {
        return s.parentSiteId == siteId
               && (caller.hasRole(QString(domain::roles::Editor), s.id)
                   || caller.hasRole(QString(domain::roles::Publisher), s.id));
    });
}

} // namespace

Result<ApiResponse> SiteController::list(ApiRequest &request)
{
    auto sites = m_sites.sites();
    if (!sites)
        return std::unexpected(sites.error());
    const QString scope = request.query(u"scope"_s);
    if (!scope.isEmpty() && scope != u"placement"_s) {
        Error e = Error::make(ErrorCode::BadRequest, u"查询参数 scope 无效"_s);
        e.fields = {{u"scope"_s, u"只能是 placement"_s}};
        return std::unexpected(e);
    }
    // The default list is the sites the caller works on (the site switcher); `placement` adds the portals the
    // caller may send items to.
    const bool placement = scope == u"placement"_s;
    QJsonArray out;
    for (const domain::Site &s : *sites)
        if (AccessPolicy::canSeeSite(request.caller(), s.id) || AccessPolicy::isAdmin(request.caller())
            || (placement && isPortalOfCallersSite(request.caller(), s.id, *sites)))
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
    auto all = m_sites.sites();
    if (!all)
        return std::unexpected(all.error());
    // An unknown site and a site the caller may not see answer alike, so ids cannot be probed.
    if (!site->has_value()
        || !(AccessPolicy::canSeeSite(request.caller(), *siteId) || AccessPolicy::isAdmin(request.caller())
             || isPortalOfCallersSite(request.caller(), *siteId, *all)))
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
