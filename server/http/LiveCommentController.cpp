#include "server/http/LiveCommentController.h"

#include "server/http/ApiServer.h"
#include "server/http/Problem.h"
#include "server/live/LiveService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kCommentBodyLimit = 8 * 1024;

/// The answer to the live page's plain form (readers without JavaScript): a small zh-CN page that says what happened
/// and leads back to the live page, with the status the JSON answer would have had.
ApiResponse formPage(int status, qint64 event, const QString &title, const QStringList &lines)
{
    QString items;
    for (const QString &line : lines)
        items += u"<p>%1</p>\n"_s.arg(line.toHtmlEscaped());
    const QString back = u"/live/%1/"_s.arg(event);
    const QString html = u"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                         "<title>%1</title>\n</head>\n<body>\n<main>\n<h1 role=\"status\">%1</h1>\n%2"
                         "<p><a href=\"%3\">返回直播页面</a></p>\n</main>\n</body>\n</html>\n"_s.arg(title.toHtmlEscaped(), items, back);
    return ApiResponse::raw(status, html.toUtf8(), "text/html; charset=utf-8");
}

ApiResponse formError(qint64 event, const Error &error)
{
    QStringList lines{error.message};
    for (const FieldError &f : error.fields)
        if (f.message != error.message)
            lines.append(f.message);
    ApiResponse page = formPage(Problem::status(error), event, u"留言未能提交"_s, lines);
    if (error.retryAfterSeconds > 0)
        page.setHeader("Retry-After", QByteArray::number(error.retryAfterSeconds));
    return page;
}

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
        if (!comment)
            return formError(*event, comment.error());
        return formPage(202, *event, u"留言已提交"_s, {u"感谢您的留言。留言需经审核，通过后将显示在直播页面上。"_s});
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
