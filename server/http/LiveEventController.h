#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class LiveService;
struct ApiRequest;

/// `/api/v1/live/events…`: list, create, read, edit (If-Match), state changes (`…/transitions` {action: start,
/// pause, resume, end}) and statistics.
class LiveEventController
{
public:
    explicit LiveEventController(LiveService &service) : m_service(service) {}
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> read(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);
    Result<ApiResponse> stats(ApiRequest &request);

    LiveService &m_service;
};

} // namespace pd::server
