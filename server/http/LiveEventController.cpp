#include "server/http/LiveEventController.h"

#include "server/http/ApiServer.h"
#include "server/live/InterviewService.h"
#include "server/live/LiveService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kEventBodyLimit = 256 * 1024;
constexpr qsizetype kSmallJson = 16 * 1024;

ApiResponse eventResponse(int status, const domain::LiveEvent &event)
{
    return ApiResponse::json(status, event.toJson()).setETag(event.revision);
}

Result<domain::LiveEvent> eventFromBody(const ApiRequest &request)
{
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    return domain::LiveEvent::fromInput(request.object());
}

} // namespace

void LiveEventController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, Route::Body body, qsizetype limit,
                         Result<ApiResponse> (LiveEventController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), true, body, limit,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("GET", u"/api/v1/live/events"_s, Route::Body::None, 0, &LiveEventController::list);
    add("POST", u"/api/v1/live/events"_s, Route::Body::Json, kEventBodyLimit, &LiveEventController::create);
    add("GET", u"/api/v1/live/events/{id}"_s, Route::Body::None, 0, &LiveEventController::read);
    add("PUT", u"/api/v1/live/events/{id}"_s, Route::Body::Json, kEventBodyLimit, &LiveEventController::update);
    add("POST", u"/api/v1/live/events/{id}/transitions"_s, Route::Body::Json, kSmallJson, &LiveEventController::transition);
    add("GET", u"/api/v1/live/events/{id}/stats"_s, Route::Body::None, 0, &LiveEventController::stats);
    add("GET", u"/api/v1/live/staff"_s, Route::Body::None, 0, &LiveEventController::staff);
}

Result<ApiResponse> LiveEventController::list(ApiRequest &request)
{
    std::optional<qint64> siteId;
    if (const QString site = request.query(u"site"_s); !site.isEmpty()) {
        bool ok = false;
        siteId = site.toLongLong(&ok);
        if (!ok || *siteId <= 0) {
            Error e = Error::make(ErrorCode::BadRequest, u"查询参数 site 无效"_s);
            e.fields = {{u"site"_s, u"应为站点编号"_s}};
            return std::unexpected(e);
        }
    }
    auto events = m_service.events(request.caller(), siteId, request.query(u"state"_s));
    if (!events)
        return std::unexpected(events.error());
    QJsonArray items;
    for (const domain::LiveEvent &e : std::as_const(*events))
        items.append(e.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, QJsonValue()}});
}

Result<ApiResponse> LiveEventController::create(ApiRequest &request)
{
    auto input = eventFromBody(request);
    if (!input)
        return std::unexpected(input.error());
    auto event = m_service.createEvent(request.caller(), *input);
    if (!event)
        return std::unexpected(event.error());
    return eventResponse(201, *event).setHeader("Location", u"/api/v1/live/events/%1"_s.arg(event->id));
}

Result<ApiResponse> LiveEventController::read(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    auto event = m_service.event(request.caller(), *id);
    if (!event)
        return std::unexpected(event.error());
    return eventResponse(200, *event);
}

Result<ApiResponse> LiveEventController::update(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    auto input = eventFromBody(request);
    if (!input)
        return std::unexpected(input.error());
    // Desks that know nothing of kinds and hosts send neither: an edit from them keeps the event's own.
    const QJsonObject body = request.object();
    if (!body.contains(u"kind"_s) || !body.contains(u"host"_s)) {
        auto current = m_service.event(request.caller(), *id);
        if (!current)
            return std::unexpected(current.error());
        if (!body.contains(u"kind"_s))
            input->kind = current->kind;
        if (!body.contains(u"host"_s))
            input->host = current->host;
    }
    auto event = m_service.updateEvent(request.caller(), *id, request.ifMatch(), *input);
    if (!event)
        return std::unexpected(event.error());
    return eventResponse(200, *event);
}

Result<ApiResponse> LiveEventController::transition(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    auto event = m_service.transitionEvent(request.caller(), *id, request.ifMatch(),
                                           request.object().value(u"action").toString());
    if (!event)
        return std::unexpected(event.error());
    return eventResponse(200, *event);
}

Result<ApiResponse> LiveEventController::stats(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    auto stats = m_service.stats(request.caller(), *id);
    if (!stats)
        return std::unexpected(stats.error());
    QJsonObject out = stats->toJson();
    if (m_interviews) {
        auto figures = m_interviews->stats(*id);
        if (!figures)
            return std::unexpected(figures.error());
        if (*figures)
            out.insert(u"interview"_s, (*figures)->toJson());
    }
    return ApiResponse::json(200, out);
}

Result<ApiResponse> LiveEventController::staff(ApiRequest &request)
{
    bool ok = false;
    const qint64 site = request.query(u"site"_s).toLongLong(&ok);
    if (!ok || site <= 0) {
        Error e = Error::make(ErrorCode::BadRequest, u"查询参数 site 无效"_s);
        e.fields = {{u"site"_s, u"应为站点编号"_s}};
        return std::unexpected(e);
    }
    auto staff = m_service.staff(request.caller(), site);
    if (!staff)
        return std::unexpected(staff.error());
    QJsonArray items;
    for (const domain::LiveStaffMember &m : std::as_const(*staff))
        items.append(m.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, QJsonValue()}});
}

} // namespace pd::server
