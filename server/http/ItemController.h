#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"
#include "server/http/IdempotentCreate.h"

namespace pd::server {

class ApiServer;
class Database;
class IdempotencyStore;
class ItemRepository;
class ItemPages;
class ItemService;
class SiteRepository;
struct ApiRequest;

/// `/api/v1/items…`: list and search, create (idempotent), read, edit and delete with ETag/If-Match, revisions,
/// workflow transitions, the audit log, the public pages an item appears on and its placements on other sites (站群).
class ItemController
{
public:
    /// `pages`: the public site, when portald renders one (nullptr: every item appears on no page).
    ItemController(Database &db, ItemService &service, ItemRepository &items, SiteRepository &sites,
                   IdempotencyStore &idempotency, const ItemPages *pages)
        : m_service(service), m_items(items), m_sites(sites), m_idempotent(db, idempotency), m_pages(pages)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> read(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> remove(ApiRequest &request);
    Result<ApiResponse> revisions(ApiRequest &request);
    Result<ApiResponse> revision(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);
    Result<ApiResponse> audit(ApiRequest &request);
    Result<ApiResponse> pages(ApiRequest &request);
    Result<ApiResponse> placements(ApiRequest &request);
    Result<ApiResponse> place(ApiRequest &request);
    Result<ApiResponse> removePlacement(ApiRequest &request);

    ItemService &m_service;
    ItemRepository &m_items;
    SiteRepository &m_sites;
    IdempotentCreate m_idempotent;
    const ItemPages *m_pages;
};

} // namespace pd::server
