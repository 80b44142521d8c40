#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class LiveService;
struct ApiRequest;

/// `POST /public/live/{event}/presence`: the public live page says it was loaded (a page view) and, while it reads
/// feed.json instead of the stream, that its reader is still there. nginx serves the page and the feed from files,
/// so this small call is the only way portald hears of either.
class LivePresenceController
{
public:
    explicit LivePresenceController(LiveService &service) : m_service(service) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> presence(ApiRequest &request);

    LiveService &m_service;
};

} // namespace pd::server
