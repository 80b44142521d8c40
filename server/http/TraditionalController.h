#pragma once
#include "app/checks/TraditionalConverter.h"
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <map>

namespace pd::server {

class ApiServer;
class Database;
class ItemService;
class SiteRepository;
class TraditionalStore;
struct ApiRequest;

/// The portal's 繁体版: `POST /api/v1/items/{id}/traditional` makes the Traditional Chinese copy of an item
/// (title, summary, body, names, keywords, section titles — TraditionalConverter::convertItem) as a linked draft
/// item, or refreshes it after the source changed; asking again for an unchanged source changes nothing.
/// `GET` on the same path returns the copy. The OpenCC variant is chosen per site:
/// `GET|PUT /api/v1/sites/{site}/traditional` {"variant": "s2t" | "s2tw" | "s2twp" | "s2hk"} (PUT: admins).
class TraditionalController
{
public:
    TraditionalController(Database &db, ItemService &items, SiteRepository &sites, TraditionalStore &store)
        : m_db(db), m_items(items), m_sites(sites), m_store(store)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> generate(ApiRequest &request);
    Result<ApiResponse> copyOf(ApiRequest &request);
    Result<ApiResponse> siteVariant(ApiRequest &request);
    Result<ApiResponse> setSiteVariant(ApiRequest &request);
    Result<checks::TraditionalConverter::Variant> variantOf(qint64 siteId);
    /// One converter per variant, loaded on first use (OpenCC reads its dictionaries then).
    Result<const checks::TraditionalConverter *> converter(checks::TraditionalConverter::Variant variant);

    Database &m_db;
    ItemService &m_items;
    SiteRepository &m_sites;
    TraditionalStore &m_store;
    std::map<checks::TraditionalConverter::Variant, checks::TraditionalConverter> m_converters;
};

} // namespace pd::server
