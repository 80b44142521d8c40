#include "server/http/HealthController.h"

#include "server/db/Database.h"
#include "server/http/ApiServer.h"
#include "server/http/Metrics.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

void HealthController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/healthz"_s, false, Route::Body::None, 0, [this](ApiRequest &) -> Result<ApiResponse> {
        auto probe = m_db.scalar(u"SELECT 1"_s);
        if (!probe)
            return std::unexpected(probe.error());
        return ApiResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"schema"_s, m_db.schemaVersion()}});
    }});
    server.addRoute(Route{"GET", u"/metrics"_s, false, Route::Body::None, 0, [this](ApiRequest &) -> Result<ApiResponse> {
        return ApiResponse::raw(200, m_metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
    }});
}

} // namespace pd::server
