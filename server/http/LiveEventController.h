#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class InterviewService;
class LiveService;
struct ApiRequest;

/// `/api/v1/live/events…`: list, create, read, edit (If-Match), state changes (`…/transitions` {action: start,
/// pause, resume, end}) and statistics.
class LiveEventController
{
public:
    explicit LiveEventController(LiveService &service) : m_service(service) {}
    void registerRoutes(ApiServer &server);
    /// Adds an interview's question figures (`interview`) to its statistics.
    void setInterviews(InterviewService *interviews) { m_interviews = interviews; }

private:
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> read(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);
    Result<ApiResponse> stats(ApiRequest &request);
    Result<ApiResponse> staff(ApiRequest &request);

    LiveService &m_service;
    InterviewService *m_interviews = nullptr;
};

} // namespace pd::server
