#include "server/http/LivePresenceController.h"

#include "server/http/ApiServer.h"
#include "server/live/LiveService.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr qsizetype kPresenceBodyLimit = 1024;
} // namespace

void LivePresenceController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/public/live/{event}/presence"_s, false, Route::Body::Json, kPresenceBodyLimit,
                          [this](ApiRequest &r) { return presence(r); }});
}

Result<ApiResponse> LivePresenceController::presence(ApiRequest &request)
{
    const auto event = request.idArg(0);
    if (!event)
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    const QJsonObject body = request.object();
    // The reader as the comment limit sees it: behind a trusted proxy, the address the proxy names.
    if (auto r = m_service.presence(*event, request.client.toString(), body.value(u"view").toBool(),
                                    body.value(u"polling").toBool());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

} // namespace pd::server
