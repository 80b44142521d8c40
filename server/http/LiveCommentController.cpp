#include "server/http/LiveCommentController.h"

#include "server/http/ApiServer.h"
#include "server/http/FormPage.h"
#include "server/live/LiveService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kCommentBodyLimit = 8 * 1024;

} // namespace

void LiveCommentController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/public/live/{event}/comments"_s, false, Route::Body::JsonOrForm, kCommentBodyLimit,
                          [this](ApiRequest &r) { return submit(r); }});
    server.addRoute(Route{"GET", u"/api/v1/live/events/{id}/comments"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"POST", u"/api/v1/live/comments/{id}/transitions"_s, true, Route::Body::Json, kCommentBodyLimit,
                          [this](ApiRequest &r) { return transition(r); }});
}

Result<ApiResponse> LiveCommentController::submit(ApiRequest &request)
{
    const auto event = request.idArg(0);
    if (!event)
        return fail(ErrorCode::NotFound, u"直播不存在"_s);
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    const QJsonObject body = request.object();
    // The reader's own address (behind a trusted proxy: the one it saw), so each reader has a budget of its own.
    const QString address = request.client.toString();
    auto comment = m_service.submitComment(*event, body.value(u"name").toString(), body.value(u"text").toString(), address);
    if (request.fromForm) {
        const FormPage form(u"/live/%1/"_s.arg(*event), u"返回直播页面"_s);
        if (!comment)
            return form.refusal(u"留言未能提交"_s, comment.error());
        return form.page(202, u"留言已提交"_s, {u"感谢您的留言。留言需经审核，通过后将显示在直播页面上。"_s});
    }
    if (!comment)
        return std::unexpected(comment.error());
    return ApiResponse::json(202, QJsonObject{{u"id"_s, comment->id}, {u"state"_s, domain::LiveComment::stateCode(comment->state)},
                                              {u"message"_s, u"留言已提交，审核后显示"_s}});
}

Result<ApiResponse> LiveCommentController::list(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    auto page = m_service.comments(request.caller(), *id, request.query(u"state"_s), request.query(u"q"_s),
                                   request.query(u"cursor"_s), request.query(u"limit"_s));
    if (!page)
        return std::unexpected(page.error());
    QJsonArray items;
    for (const domain::LiveComment &c : std::as_const(page->items))
        items.append(c.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items},
                                              {u"nextCursor"_s, page->nextCursor.isEmpty() ? QJsonValue()
                                                                                          : QJsonValue(page->nextCursor)}});
}

Result<ApiResponse> LiveCommentController::transition(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"留言编号无效"_s);
    auto comment = m_service.transitionComment(request.caller(), *id, request.object().value(u"action").toString());
    if (!comment)
        return std::unexpected(comment.error());
    return ApiResponse::json(200, comment->toJson());
}

} // namespace pd::server
