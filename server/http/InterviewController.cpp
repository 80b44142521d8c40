#include "server/http/InterviewController.h"

#include "server/http/ApiServer.h"
#include "server/http/FormPage.h"
#include "server/live/InterviewService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kQuestionBodyLimit = 8 * 1024;
constexpr qsizetype kAnswerBodyLimit = 64 * 1024;
constexpr qsizetype kSmallJson = 16 * 1024;
constexpr qsizetype kQueueBodyLimit = 256 * 1024;
constexpr int kMaxLimit = 200;

ApiResponse questionResponse(int status, const domain::InterviewQuestion &q)
{
    return ApiResponse::json(status, q.toJson()).setETag(q.revision);
}

/// A correction's answer: the question with its answer, tagged with the answer's revision (what the next
/// correction's `If-Match` names).
ApiResponse answerResponse(const domain::InterviewQuestion &q)
{
    return ApiResponse::json(200, q.toJson()).setETag(q.answer ? q.answer->revision : q.revision);
}

Result<QJsonObject> objectBody(const ApiRequest &request)
{
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    return request.object();
}

Error badField(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, u"请求内容有误"_s);
    e.fields = {{field, message}};
    return e;
}

/// The path's id and the JSON object body of a write.
struct IdAndBody
{
    qint64 id = 0;
    QJsonObject body;
};

/// A write's id and body, checked in the order each route told them: `notFound` for a malformed id first, then a
/// body that is no JSON object.
Result<IdAndBody> idAndBody(const ApiRequest &request, const QString &notFound)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, notFound);
    auto body = objectBody(request);
    if (!body)
        return std::unexpected(body.error());
    return IdAndBody{*id, *std::move(body)};
}

} // namespace

void InterviewController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, bool authenticated, Route::Body body, qsizetype limit,
                         Result<ApiResponse> (InterviewController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), authenticated, body, limit,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("POST", u"/public/live/{event}/questions"_s, false, Route::Body::JsonOrForm, kQuestionBodyLimit, &InterviewController::submit);
    add("GET", u"/public/live/{event}/questions"_s, false, Route::Body::None, 0, &InterviewController::publicList);
    add("GET", u"/api/v1/live/events/{id}/questions"_s, true, Route::Body::None, 0, &InterviewController::list);
    add("PUT", u"/api/v1/live/events/{id}/queue"_s, true, Route::Body::Json, kQueueBodyLimit, &InterviewController::reorder);
    add("POST", u"/api/v1/live/events/{id}/transcript"_s, true, Route::Body::Json, kSmallJson, &InterviewController::transcript);
    add("GET", u"/api/v1/live/questions/{id}"_s, true, Route::Body::None, 0, &InterviewController::read);
    add("POST", u"/api/v1/live/questions/{id}/transitions"_s, true, Route::Body::Json, kSmallJson, &InterviewController::transition);
    add("POST", u"/api/v1/live/questions/{id}/answers"_s, true, Route::Body::Json, kAnswerBodyLimit, &InterviewController::answer);
    add("PATCH", u"/api/v1/live/answers/{id}"_s, true, Route::Body::Json, kAnswerBodyLimit, &InterviewController::correct);
    add("POST", u"/api/v1/live/answers/{id}/transitions"_s, true, Route::Body::Json, kSmallJson,
        &InterviewController::reviewAnswer);
    add("GET", u"/api/v1/live/answers/{id}/history"_s, true, Route::Body::None, 0, &InterviewController::answerHistory);
}

Result<ApiResponse> InterviewController::submit(ApiRequest &request)
{
    auto args = idAndBody(request, u"在线访谈不存在"_s);
    if (!args)
        return std::unexpected(args.error());
    // The netizen's own address (behind a trusted proxy: the one it saw), so each has a budget of its own.
    auto q = m_service.submit(args->id, args->body.value(u"name").toString(), args->body.value(u"text").toString(),
                              request.client.toString());
    if (request.fromForm) {
        // The page's form without JavaScript: the same limits and checks, told on a page of its own.
        const FormPage form(u"/live/%1/"_s.arg(args->id), u"返回访谈页面"_s);
        if (!q)
            return form.refusal(u"问题未能提交"_s, q.error());
        return form.page(201, u"问题已提交"_s, {u"感谢您的提问。问题经筛选后由主持人提问嘉宾，嘉宾回答后将显示在访谈页面上。"_s});
    }
    if (!q)
        return std::unexpected(q.error());
    QJsonObject out{{u"id"_s, q->id},
                    {u"state"_s, domain::interviewQuestionStateCode(q->state)},
                    {u"name"_s, q->name},
                    {u"text"_s, q->text},
                    {u"createdAt"_s, q->toJson().value(u"createdAt")},
                    {u"message"_s, u"提问已提交，经筛选后由主持人提问嘉宾"_s}};
    return ApiResponse::json(201, out);
}

Result<ApiResponse> InterviewController::publicList(ApiRequest &request)
{
    const auto event = request.idArg(0);
    if (!event)
        return fail(ErrorCode::NotFound, u"在线访谈不存在"_s);
    auto view = m_service.publicQuestions(*event);
    if (!view)
        return std::unexpected(view.error());
    QJsonArray pairs;
    for (const domain::InterviewQuestion &q : std::as_const(view->answered))
        pairs.append(q.toPublicJson());
    return ApiResponse::json(200, QJsonObject{{u"current"_s, view->current ? QJsonValue(view->current->toPublicJson()) : QJsonValue()},
                                              {u"pairs"_s, pairs}});
}

Result<ApiResponse> InterviewController::list(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    int offset = 0;
    int limit = kMaxLimit;
    bool ok = true;
    if (const QString c = request.query(u"cursor"_s); !c.isEmpty())
        offset = c.toInt(&ok);
    if (!ok || offset < 0)
        return std::unexpected(badField(u"cursor"_s, u"应为上一页返回的 nextCursor"_s));
    if (const QString l = request.query(u"limit"_s); !l.isEmpty())
        limit = l.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit)
        return std::unexpected(badField(u"limit"_s, u"应在 1 到 %1 之间"_s.arg(kMaxLimit)));
    auto page = m_service.questions(request.caller(), *id, request.query(u"state"_s), offset, limit);
    if (!page)
        return std::unexpected(page.error());
    QJsonArray items;
    for (const domain::InterviewQuestion &q : std::as_const(page->items))
        items.append(q.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items},
                                              {u"nextCursor"_s, page->nextOffset >= 0 ? QJsonValue(QString::number(page->nextOffset))
                                                                                      : QJsonValue()}});
}

Result<ApiResponse> InterviewController::read(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"问题编号无效"_s);
    auto q = m_service.question(request.caller(), *id);
    if (!q)
        return std::unexpected(q.error());
    return questionResponse(200, *q);
}

Result<ApiResponse> InterviewController::transition(ApiRequest &request)
{
    auto args = idAndBody(request, u"问题编号无效"_s);
    if (!args)
        return std::unexpected(args.error());
    const QJsonValue into = args->body.value(u"into");
    if (!into.isUndefined() && !into.isNull() && !into.isDouble())
        return std::unexpected(badField(u"into"_s, u"应为问题编号"_s));
    auto q = m_service.transition(request.caller(), args->id, args->body.value(u"action").toString(),
                                  args->body.value(u"reason").toString(), into.toInteger());
    if (!q)
        return std::unexpected(q.error());
    return questionResponse(200, *q);
}

Result<ApiResponse> InterviewController::answer(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"问题编号无效"_s);
    // A resend of the same answer (same key, same body) returns the first answer, so a typist on a flaky network
    // can retry blindly; a second typist's answer is a different request and meets the answered question (409).
    return m_idempotent.run(request, [&]() -> Result<ApiResponse> {
        auto body = objectBody(request);
        if (!body)
            return std::unexpected(body.error());
        const QJsonValue guest = body->value(u"guest");
        if (!guest.isDouble())
            return std::unexpected(badField(u"guest"_s, u"应为嘉宾编号（直播嘉宾的 id）"_s));
        if (const QJsonValue text = body->value(u"text"); !text.isString())
            return std::unexpected(badField(u"text"_s, u"应为字符串"_s));
        auto q = m_service.answer(request.caller(), *id, guest.toInteger(), body->value(u"text").toString());
        if (!q)
            return std::unexpected(q.error());
        return questionResponse(201, *q);
    });
}

Result<ApiResponse> InterviewController::correct(ApiRequest &request)
{
    auto args = idAndBody(request, u"回答编号无效"_s);
    if (!args)
        return std::unexpected(args.error());
    const QJsonValue text = args->body.value(u"text");
    if (!text.isString())
        return std::unexpected(badField(u"text"_s, u"应为字符串：更正后的回答"_s));
    const QJsonValue guest = args->body.value(u"guest");
    if (!guest.isUndefined() && !guest.isNull() && !guest.isDouble())
        return std::unexpected(badField(u"guest"_s, u"应为嘉宾编号（直播嘉宾的 id）"_s));
    const QJsonValue note = args->body.value(u"correctionNote");
    if (!note.isUndefined() && !note.isString())
        return std::unexpected(badField(u"correctionNote"_s, u"应为字符串"_s));
    auto q = m_service.correctAnswer(request.caller(), args->id, request.ifMatch(),
                                     guest.isDouble() ? std::optional<qint64>(guest.toInteger()) : std::nullopt,
                                     text.toString(), note.toString());
    if (!q)
        return std::unexpected(q.error());
    return answerResponse(*q);
}

Result<ApiResponse> InterviewController::reviewAnswer(ApiRequest &request)
{
    auto args = idAndBody(request, u"回答编号无效"_s);
    if (!args)
        return std::unexpected(args.error());
    auto q = m_service.reviewAnswer(request.caller(), args->id, request.ifMatch(),
                                    args->body.value(u"action").toString(), args->body.value(u"reason").toString());
    if (!q)
        return std::unexpected(q.error());
    return answerResponse(*q);
}

Result<ApiResponse> InterviewController::answerHistory(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"回答编号无效"_s);
    auto history = m_service.answerHistory(request.caller(), *id);
    if (!history)
        return std::unexpected(history.error());
    QJsonArray items;
    for (const LiveRepository::HistoryEntry &h : std::as_const(*history))
        items.append(QJsonObject{{u"revision"_s, h.revision},
                                 {u"savedAt"_s, h.savedAt.toString(Qt::ISODateWithMs)},
                                 {u"savedBy"_s, h.savedBy},
                                 {u"action"_s, h.action},
                                 {u"note"_s, h.note},
                                 {u"answer"_s, h.snapshot}});
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

Result<ApiResponse> InterviewController::reorder(ApiRequest &request)
{
    auto args = idAndBody(request, u"直播编号无效"_s);
    if (!args)
        return std::unexpected(args.error());
    const QJsonValue questions = args->body.value(u"questions");
    if (!questions.isArray())
        return std::unexpected(badField(u"questions"_s, u"应为问题编号数组，按提问顺序排列"_s));
    QList<qint64> order;
    const QJsonArray array = questions.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble() || array.at(i).toInteger() <= 0)
            return std::unexpected(badField(u"questions[%1]"_s.arg(i), u"应为问题编号"_s));
        order.append(array.at(i).toInteger());
    }
    auto queue = m_service.reorder(request.caller(), args->id, order);
    if (!queue)
        return std::unexpected(queue.error());
    QJsonArray items;
    for (const domain::InterviewQuestion &q : std::as_const(*queue))
        items.append(q.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"nextCursor"_s, QJsonValue()}});
}

Result<ApiResponse> InterviewController::transcript(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    const QJsonObject body = request.object();
    const QJsonValue column = body.value(u"column");
    if (!column.isUndefined() && !column.isNull() && !column.isDouble())
        return std::unexpected(badField(u"column"_s, u"应为栏目编号"_s));
    auto t = m_service.transcript(request.caller(), *id, column.toInteger());
    if (!t)
        return std::unexpected(t.error());
    ApiResponse response = ApiResponse::json(t->created ? 201 : 200, t->item.toJson()).setETag(t->item.revision);
    response.setHeader("Location", u"/api/v1/items/%1"_s.arg(t->item.id));
    return response;
}

} // namespace pd::server
