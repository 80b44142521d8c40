#pragma once
#include "app/domain/Error.h"
#include "app/domain/Site.h"

#include <optional>

namespace pd::server {

class ApiRequest;
class SiteRepository;

/// The site a request names, if the caller may see it. An unknown site and one the caller may not see both give
/// 404 "站点不存在", so that site ids do not leak through different answers.
Result<domain::Site> visibleSite(const ApiRequest &request, SiteRepository &sites, std::optional<qint64> siteId);

/// visibleSite(), and every site for an administrator, who manages the whole group (as `GET /api/v1/sites` lists
/// every site to them), also the sites they hold no other role on.
Result<domain::Site> visibleOrAdministeredSite(const ApiRequest &request, SiteRepository &sites,
                                               std::optional<qint64> siteId);

/// The `?site=` query parameter of routes that act on one site: 400 naming the field when it is missing or not
/// a site number.
Result<qint64> siteQueryParameter(const ApiRequest &request);

} // namespace pd::server
