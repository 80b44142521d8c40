#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"
#include "server/http/IdempotentCreate.h"

namespace pd::server {

class ApiServer;
class LiveService;
struct ApiRequest;

/// Live posts: `GET/POST /api/v1/live/events/{id}/posts` (create idempotent by Idempotency-Key),
/// `GET/PATCH /api/v1/live/posts/{id}` (correction with If-Match), `…/transitions`, `…/history`.
class LivePostController
{
public:
    LivePostController(LiveService &service, IdempotentCreate idempotent) : m_service(service), m_idempotent(idempotent) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> read(ApiRequest &request);
    Result<ApiResponse> correct(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);
    Result<ApiResponse> history(ApiRequest &request);

    LiveService &m_service;
    IdempotentCreate m_idempotent;
};

} // namespace pd::server
