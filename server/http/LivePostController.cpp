#include "server/http/LivePostController.h"

#include "server/http/ApiServer.h"
#include "server/live/LiveService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kPostBodyLimit = 256 * 1024;
constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxLimit = 200;

ApiResponse postResponse(int status, const domain::LivePost &post)
{
    return ApiResponse::json(status, post.toJson()).setETag(post.revision);
}

/// Reads the fields present in a create or correction body; a present field of the wrong type is a 422.
Result<LiveService::PostInput> postInput(const ApiRequest &request)
{
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    const QJsonObject o = request.object();
    LiveService::PostInput in;
    QList<FieldError> errors;
    const auto string = [&](const QString &field) -> std::optional<QString> {
        const QJsonValue v = o.value(field);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isString()) {
            errors.append({field, u"应为字符串"_s});
            return std::nullopt;
        }
        return v.toString();
    };
    in.kind = string(u"kind"_s);
    in.text = string(u"text"_s);
    in.speaker = string(u"speaker"_s);
    in.correctionNote = string(u"correctionNote"_s).value_or(QString());
    if (const QJsonValue v = o.value(u"mediaIds"); !v.isUndefined() && !v.isNull()) {
        QList<qint64> ids;
        for (const QJsonValue &id : v.toArray()) {
            if (!id.isDouble() || id.toInteger() <= 0)
                errors.append({u"mediaIds"_s, u"应为媒体编号数组"_s});
            ids.append(id.toInteger());
        }
        if (!v.isArray())
            errors.append({u"mediaIds"_s, u"应为媒体编号数组"_s});
        in.mediaIds = ids;
    }
    if (const QJsonValue v = o.value(u"session"); !v.isUndefined() && !v.isNull()) {
        if (!v.isDouble() || v.toInteger() <= 0 || v.toDouble() != double(v.toInteger()))
            errors.append({u"session"_s, u"应为场次编号"_s});
        else
            in.session = v.toInteger();
    }
    if (const QJsonValue v = o.value(u"captions"); !v.isUndefined() && !v.isNull()) {
        QStringList captions;
        for (const QJsonValue &c : v.toArray())
            captions.append(c.toString());
        if (!v.isArray())
            errors.append({u"captions"_s, u"应为字符串数组"_s});
        in.captions = captions;
    }
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::Validation, u"直播稿件有误"_s);
        e.fields = errors;
        return std::unexpected(e);
    }
    return in;
}

} // namespace

void LivePostController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, Route::Body body, qsizetype limit,
                         Result<ApiResponse> (LivePostController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), true, body, limit,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("GET", u"/api/v1/live/events/{id}/posts"_s, Route::Body::None, 0, &LivePostController::list);
    add("POST", u"/api/v1/live/events/{id}/posts"_s, Route::Body::Json, kPostBodyLimit, &LivePostController::create);
    add("GET", u"/api/v1/live/posts/{id}"_s, Route::Body::None, 0, &LivePostController::read);
    add("PATCH", u"/api/v1/live/posts/{id}"_s, Route::Body::Json, kPostBodyLimit, &LivePostController::correct);
    add("POST", u"/api/v1/live/posts/{id}/transitions"_s, Route::Body::Json, kSmallJson, &LivePostController::transition);
    add("GET", u"/api/v1/live/posts/{id}/history"_s, Route::Body::None, 0, &LivePostController::history);
}

Result<ApiResponse> LivePostController::list(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    qint64 after = 0;
    int limit = kMaxLimit;
    bool ok = true;
    if (const QString a = request.query(u"after"_s); !a.isEmpty())
        after = a.toLongLong(&ok);
    if (!ok || after < 0) {
        Error e = Error::make(ErrorCode::BadRequest, u"查询参数 after 无效"_s);
        e.fields = {{u"after"_s, u"应为稿件序号"_s}};
        return std::unexpected(e);
    }
    if (const QString l = request.query(u"limit"_s); !l.isEmpty())
        limit = l.toInt(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit) {
        Error e = Error::make(ErrorCode::BadRequest, u"查询参数 limit 无效"_s);
        e.fields = {{u"limit"_s, u"应在 1 到 %1 之间"_s.arg(kMaxLimit)}};
        return std::unexpected(e);
    }
    std::optional<qint64> session;
    if (const QString sv = request.query(u"session"_s); !sv.isEmpty()) {
        session = sv.toLongLong(&ok);
        if (!ok || *session <= 0) {
            Error e = Error::make(ErrorCode::BadRequest, u"查询参数 session 无效"_s);
            e.fields = {{u"session"_s, u"应为场次编号"_s}};
            return std::unexpected(e);
        }
    }
    auto posts = m_service.posts(request.caller(), *id, after, limit + 1, session);
    if (!posts)
        return std::unexpected(posts.error());
    const bool more = posts->size() > limit;
    if (more)
        posts->removeLast();
    QJsonArray items;
    for (const domain::LivePost &p : std::as_const(*posts))
        items.append(p.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items},
                                              {u"nextCursor"_s, more ? QJsonValue(QString::number(posts->last().seq))
                                                                     : QJsonValue()}});
}

Result<ApiResponse> LivePostController::create(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"直播编号无效"_s);
    return m_idempotent.run(request, [&]() -> Result<ApiResponse> {
        auto input = postInput(request);
        if (!input)
            return std::unexpected(input.error());
        auto post = m_service.createPost(request.caller(), *id, *input);
        if (!post)
            return std::unexpected(post.error());
        return postResponse(201, *post).setHeader("Location", u"/api/v1/live/posts/%1"_s.arg(post->id));
    });
}

Result<ApiResponse> LivePostController::read(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"稿件编号无效"_s);
    auto post = m_service.post(request.caller(), *id);
    if (!post)
        return std::unexpected(post.error());
    return postResponse(200, *post);
}

Result<ApiResponse> LivePostController::correct(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"稿件编号无效"_s);
    auto input = postInput(request);
    if (!input)
        return std::unexpected(input.error());
    auto post = m_service.correctPost(request.caller(), *id, request.ifMatch(), *input);
    if (!post)
        return std::unexpected(post.error());
    return postResponse(200, *post);
}

Result<ApiResponse> LivePostController::transition(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"稿件编号无效"_s);
    const QJsonObject body = request.object();
    auto post = m_service.transitionPost(request.caller(), *id, request.ifMatch(), body.value(u"action").toString(),
                                         body.value(u"reason").toString());
    if (!post)
        return std::unexpected(post.error());
    return postResponse(200, *post);
}

Result<ApiResponse> LivePostController::history(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"稿件编号无效"_s);
    auto entries = m_service.postHistory(request.caller(), *id);
    if (!entries)
        return std::unexpected(entries.error());
    QJsonArray out;
    for (const LiveRepository::HistoryEntry &h : std::as_const(*entries)) {
        // Rows written before review decisions joined the history are corrections.
        const QString action = h.action.isEmpty() ? u"correct"_s : h.action;
        const bool correction = action == u"correct" || action == u"request-correction";
        out.append(QJsonObject{{u"revision"_s, h.revision},
                               {u"savedAt"_s, h.savedAt.toString(Qt::ISODateWithMs)},
                               {u"savedBy"_s, h.savedBy},
                               {u"action"_s, action},
                               {u"correctionNote"_s, correction ? h.note : QString()},
                               {u"comment"_s, correction ? QString() : h.note},
                               {u"post"_s, h.snapshot}});
    }
    return ApiResponse::json(200, out);
}

} // namespace pd::server
