#include "server/http/SweepController.h"

#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiServer.h"
#include "server/sweep/SweepService.h"

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr qsizetype kSmallJson = 16 * 1024;

bool canSee(const domain::User &user, qint64 siteId)
{
    return AccessPolicy::canSeeSite(user, siteId) || AccessPolicy::isAdmin(user);
}

/// Editors, publishers and administrators of the site run sweeps and settle their findings.
bool canSweep(const domain::User &user, qint64 siteId)
{
    return AccessPolicy::canEdit(user, siteId) || user.hasRole(QString(domain::roles::Publisher), siteId)
           || AccessPolicy::isAdmin(user);
}
} // namespace

void SweepController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/api/v1/sites/{site}/sweeps"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return start(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/sweeps"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sweeps/{id}"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return get(r); }});
    server.addRoute(Route{"POST", u"/api/v1/sweeps/{id}/cancel"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return cancel(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sweeps/{id}/findings"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return findings(r); }});
    server.addRoute(Route{"GET", u"/api/v1/items/{id}/sweep-findings"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return ofItem(r); }});
    server.addRoute(Route{"POST", u"/api/v1/sweep-findings/{id}/transitions"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return resolve(r); }});
}

Result<qint64> SweepController::visibleSite(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (!siteId)
        return fail(ErrorCode::NotFound, u"站点编号无效"_s);
    auto site = m_sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value() || !canSee(request.caller(), *siteId))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    return *siteId;
}

Result<qint64> SweepController::visibleSweep(ApiRequest &request, qint64 id)
{
    auto site = m_sweeps.siteOfSweep(id);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value() || !canSee(request.caller(), **site))
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    return **site;
}

Result<ApiResponse> SweepController::start(ApiRequest &request)
{
    const auto siteId = visibleSite(request);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (!canSweep(request.caller(), *siteId))
        return fail(ErrorCode::Forbidden, u"只有本网站的编辑、签发人员或管理员可以发起巡检"_s);
    const QString kind = request.query(u"kind"_s);
    auto sweep = m_sweeps.start(request.caller(), *siteId, kind.isEmpty() ? u"content"_s : kind);
    if (!sweep)
        return std::unexpected(sweep.error());
    return ApiResponse::json(202, *sweep);
}

Result<ApiResponse> SweepController::list(ApiRequest &request)
{
    const auto siteId = visibleSite(request);
    if (!siteId)
        return std::unexpected(siteId.error());
    const QString kind = request.query(u"kind"_s);
    if (!kind.isEmpty() && kind != u"content"_s && kind != u"links"_s) {
        Error e = Error::make(ErrorCode::Validation, u"巡检类型应为 content（内容）或 links（链接）"_s);
        e.fields = {{u"kind"_s, u"未知的巡检类型"_s}};
        return std::unexpected(e);
    }
    bool ok = false;
    int limit = request.query(u"limit"_s).toInt(&ok);
    if (!ok || limit < 1 || limit > 200)
        limit = 20;
    auto list = m_sweeps.list(*siteId, kind, limit);
    if (!list)
        return std::unexpected(list.error());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, *list}});
}

Result<ApiResponse> SweepController::get(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    if (auto site = visibleSweep(request, *id); !site)
        return std::unexpected(site.error());
    auto sweep = m_sweeps.sweep(*id);
    if (!sweep)
        return std::unexpected(sweep.error());
    return ApiResponse::json(200, *sweep);
}

Result<ApiResponse> SweepController::cancel(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    auto site = visibleSweep(request, *id);
    if (!site)
        return std::unexpected(site.error());
    if (!canSweep(request.caller(), *site))
        return fail(ErrorCode::Forbidden, u"只有本网站的编辑、签发人员或管理员可以取消巡检"_s);
    auto sweep = m_sweeps.cancel(request.caller(), *id);
    if (!sweep)
        return std::unexpected(sweep.error());
    return ApiResponse::json(200, *sweep);
}

Result<ApiResponse> SweepController::findings(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"巡检任务不存在"_s);
    if (auto site = visibleSweep(request, *id); !site)
        return std::unexpected(site.error());
    const QString state = request.query(u"state"_s);
    if (!state.isEmpty() && state != u"open"_s && state != u"fixed"_s && state != u"ignored"_s) {
        Error e = Error::make(ErrorCode::Validation, u"state 应为 open、fixed 或 ignored"_s);
        e.fields = {{u"state"_s, u"未知的状态"_s}};
        return std::unexpected(e);
    }
    auto list = m_sweeps.findings(*id, state);
    if (!list)
        return std::unexpected(list.error());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, *list}});
}

Result<ApiResponse> SweepController::resolve(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"巡检问题不存在"_s);
    auto site = m_sweeps.siteOfFinding(*id);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value() || !canSee(request.caller(), **site))
        return fail(ErrorCode::NotFound, u"巡检问题不存在"_s);
    if (!canSweep(request.caller(), **site))
        return fail(ErrorCode::Forbidden, u"只有本网站的编辑、签发人员或管理员可以处理巡检问题"_s);
    const QJsonObject body = request.object();
    auto finding = m_sweeps.resolve(request.caller(), *id, body.value(u"action"_s).toString(),
                                    body.value(u"reason"_s).toString());
    if (!finding)
        return std::unexpected(finding.error());
    return ApiResponse::json(200, *finding);
}

Result<ApiResponse> SweepController::ofItem(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"稿件不存在"_s);
    auto site = m_sweeps.siteOfItem(*id);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value() || !canSee(request.caller(), **site))
        return fail(ErrorCode::NotFound, u"稿件不存在"_s);
    const QString state = request.query(u"state"_s);
    if (!state.isEmpty() && state != u"open"_s && state != u"fixed"_s && state != u"ignored"_s) {
        Error e = Error::make(ErrorCode::Validation, u"state 应为 open、fixed 或 ignored"_s);
        e.fields = {{u"state"_s, u"未知的状态"_s}};
        return std::unexpected(e);
    }
    auto list = m_sweeps.findingsOfItem(*id, state);
    if (!list)
        return std::unexpected(list.error());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, *list}});
}

} // namespace pd::server
