#pragma once
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"
#include "server/http/IdempotentCreate.h"

namespace pd::server {

class ApiServer;
class InterviewService;
struct ApiRequest;

/// The online interview's question flow over HTTP: the anonymous `GET/POST /public/live/{event}/questions`
/// (submission rate limited per client address), the desks' question list, transitions, answers (with
/// `Idempotency-Key`), corrections of sent answers (with their review and history), the host's queue order and the
/// 实录 transcript.
class InterviewController
{
public:
    InterviewController(InterviewService &service, IdempotentCreate idempotent)
        : m_service(service), m_idempotent(std::move(idempotent))
    {
    }
    void registerRoutes(ApiServer &server);

private:
    Result<ApiResponse> submit(ApiRequest &request);
    Result<ApiResponse> publicList(ApiRequest &request);
    Result<ApiResponse> list(ApiRequest &request);
    Result<ApiResponse> read(ApiRequest &request);
    Result<ApiResponse> transition(ApiRequest &request);
    Result<ApiResponse> answer(ApiRequest &request);
    Result<ApiResponse> correct(ApiRequest &request);
    Result<ApiResponse> reviewAnswer(ApiRequest &request);
    Result<ApiResponse> answerHistory(ApiRequest &request);
    Result<ApiResponse> reorder(ApiRequest &request);
    Result<ApiResponse> transcript(ApiRequest &request);

    InterviewService &m_service;
    IdempotentCreate m_idempotent;
};

} // namespace pd::server
