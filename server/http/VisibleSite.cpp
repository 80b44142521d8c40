#include "server/http/VisibleSite.h"

#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiRequest.h"

using namespace Qt::StringLiterals;

namespace pd::server {

Result<domain::Site> visibleSite(const ApiRequest &request, SiteRepository &sites, std::optional<qint64> siteId)
{
    if (!siteId || !AccessPolicy::canSeeSite(request.caller(), *siteId))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    auto site = sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    return **site;
}

Result<domain::Site> visibleOrAdministeredSite(const ApiRequest &request, SiteRepository &sites,
                                               std::optional<qint64> siteId)
{
    if (!siteId || !AccessPolicy::isAdmin(request.caller()))
        return visibleSite(request, sites, siteId);
    auto site = sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    return **site;
}

Result<qint64> siteQueryParameter(const ApiRequest &request)
{
    bool ok = false;
    const qint64 siteId = request.query(u"site"_s).toLongLong(&ok);
    if (!ok || siteId <= 0) {
        Error e = Error::make(ErrorCode::BadRequest, u"需要 site 参数"_s);
        e.fields = {{u"site"_s, u"应为站点编号"_s}};
        return std::unexpected(e);
    }
    return siteId;
}

} // namespace pd::server
