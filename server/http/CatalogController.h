#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class CheckRuleRepository;
class ItemRepository;
class SiteRepository;
struct ApiRequest;

/// Per-site reference data: `GET /api/v1/sites/{site}/disclosure/catalog` (主题分类 tree with item counts, the
/// national categories followed by the site's own) and
/// `GET /api/v1/checks/rules?site=` (the content-check rules the client runs locally).
class CatalogController
{
public:
    CatalogController(ItemRepository &items, SiteRepository &sites, CheckRuleRepository &rules)
        : m_items(items), m_sites(sites), m_rules(rules)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> disclosureCatalog(ApiRequest &request);
    Result<ApiResponse> checkRules(ApiRequest &request);

    ItemRepository &m_items;
    SiteRepository &m_sites;
    CheckRuleRepository &m_rules;
};

} // namespace pd::server
