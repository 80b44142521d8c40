#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class ItemRepository;
class ItemService;
class SiteRepository;
struct ApiRequest;

/// `GET /api/v1/review/queue?site=`: what waits at the caller's review levels (and, for publishers, what waits to be
/// published), oldest deadline first, each with `dueAt` and its light.
class ReviewController
{
public:
    ReviewController(ItemService &service, ItemRepository &items, SiteRepository &sites)
        : m_service(service), m_items(items), m_sites(sites)
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> queue(ApiRequest &request);

    ItemService &m_service;
    ItemRepository &m_items;
    SiteRepository &m_sites;
};

} // namespace pd::server
