#include "server/http/CatalogController.h"

#include "app/domain/TopicCategoryCatalog.h"
#include "server/db/CheckRuleRepository.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/VisibleSite.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pd::server {

void CatalogController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/disclosure/catalog"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return disclosureCatalog(r); }});
    server.addRoute(Route{"GET", u"/api/v1/checks/rules"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return checkRules(r); }});
}

Result<ApiResponse> CatalogController::disclosureCatalog(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (auto site = visibleOrAdministeredSite(request, m_sites, siteId); !site)
        return std::unexpected(site.error());
    auto counts = m_items.disclosureCounts(*siteId);
    if (!counts)
        return std::unexpected(counts.error());
    auto own = m_sites.siteCategories(*siteId);
    if (!own)
        return std::unexpected(own.error());
    // The national 22 first, then the site's own categories; `own` tells a client which is which.
    domain::TopicCategoryCatalog catalog;
    QSet<QString> ownCodes;
    for (const domain::SiteCategory &c : std::as_const(*own)) {
        catalog.add(c.category());
        ownCodes.insert(c.code);
    }

    QJsonArray tree;
    for (const domain::TopicCategory &top : catalog.topCategories()) {
        QPair<int, int> total = counts->value(top.code);
        QJsonArray children;
        for (const domain::TopicCategory &sub : catalog.subCategories(top.code)) {
            const QPair<int, int> c = counts->value(sub.code);
            total.first += c.first;
            total.second += c.second;
            QJsonObject node{{u"code"_s, sub.code}, {u"name"_s, sub.name}, {u"count"_s, c.first}, {u"published"_s, c.second}};
            if (ownCodes.contains(sub.code))
                node.insert(u"own"_s, true);
            children.append(node);
        }
        QJsonObject node{{u"code"_s, top.code}, {u"name"_s, top.name}, {u"count"_s, total.first},
                         {u"published"_s, total.second}, {u"children"_s, children}};
        if (ownCodes.contains(top.code))
            node.insert(u"own"_s, true);
        tree.append(node);
    }
    return ApiResponse::json(200, tree);
}

Result<ApiResponse> CatalogController::checkRules(ApiRequest &request)
{
    const auto siteId = siteQueryParameter(request);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (!AccessPolicy::canSeeSite(request.caller(), *siteId))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    auto rules = m_rules.rules(*siteId);
    if (!rules)
        return std::unexpected(rules.error());
    const QJsonObject body = rules->value_or(QJsonObject{{u"version"_s, 0}, {u"rules"_s, QJsonArray()}});
    return ApiResponse::json(200, body).setETag(body.value(u"version").toInt());
}

} // namespace pd::server
