#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class LiveService;
struct ApiRequest;

/// Comments on live events: the anonymous `POST /public/live/{event}/comments` (rate limited per address) and the
/// moderators' `GET /api/v1/live/events/{id}/comments?state=&q=&cursor=&limit=` (paged, newest first) and `POST /api/v1/live/comments/{id}/transitions`.
class LiveCommentController
{
public:
    explicit LiveCommentController(LiveService &service) : m_service(service) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> submit(ApiRequest &request);
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);

    LiveService &m_service;
};

} // namespace pd::server
