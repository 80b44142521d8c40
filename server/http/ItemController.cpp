#include "server/http/ItemController.h"

#include "server/db/Database.h"
#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/items/ItemService.h"
#include "server/publish/ItemPages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kItemBodyLimit = 4 * 1024 * 1024; // bodyHtml may be up to 2 MiB of UTF-8; JSON escaping adds more
constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxLimit = 200;

Error badQuery(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::BadRequest, u"查询参数 %1 无效"_s.arg(field));
    e.fields = {{field, message}};
    return e;
}

Result<domain::Item> itemFromBody(const ApiRequest &request)
{
    if (!request.json.isObject())
        return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
    return domain::Item::fromJson(request.object());
}

ApiResponse itemResponse(int status, const domain::Item &item)
{
    return ApiResponse::json(status, item.toJson()).setETag(item.revision);
}

} // namespace

void ItemController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, Route::Body body, qsizetype limit,
                         Result<ApiResponse> (ItemController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), true, body, limit,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("GET", u"/api/v1/items"_s, Route::Body::None, 0, &ItemController::list);
    add("POST", u"/api/v1/items"_s, Route::Body::Json, kItemBodyLimit, &ItemController::create);
    add("GET", u"/api/v1/items/{id}"_s, Route::Body::None, 0, &ItemController::read);
    add("PUT", u"/api/v1/items/{id}"_s, Route::Body::Json, kItemBodyLimit, &ItemController::update);
    add("DELETE", u"/api/v1/items/{id}"_s, Route::Body::None, 0, &ItemController::remove);
    add("GET", u"/api/v1/items/{id}/revisions"_s, Route::Body::None, 0, &ItemController::revisions);
    add("GET", u"/api/v1/items/{id}/revisions/{rev}"_s, Route::Body::None, 0, &ItemController::revision);
    add("POST", u"/api/v1/items/{id}/transitions"_s, Route::Body::Json, kSmallJson, &ItemController::transition);
    add("GET", u"/api/v1/items/{id}/audit"_s, Route::Body::None, 0, &ItemController::audit);
    add("GET", u"/api/v1/items/{id}/pages"_s, Route::Body::None, 0, &ItemController::pages);
    add("GET", u"/api/v1/items/{id}/placements"_s, Route::Body::None, 0, &ItemController::placements);
    add("POST", u"/api/v1/items/{id}/placements"_s, Route::Body::Json, kSmallJson, &ItemController::place);
    add("DELETE", u"/api/v1/items/{id}/placements/{placement}"_s, Route::Body::None, 0, &ItemController::removePlacement);
}

Result<ApiResponse> ItemController::list(ApiRequest &request)
{
    ItemQuery query;
    const domain::User &caller = request.caller();
    const QString site = request.query(u"site"_s);
    if (!site.isEmpty()) {
        bool ok = false;
        const qint64 siteId = site.toLongLong(&ok);
        if (!ok || siteId <= 0)
            return std::unexpected(badQuery(u"site"_s, u"应为站点编号"_s));
        if (!AccessPolicy::canSeeSite(caller, siteId))
            return fail(ErrorCode::NotFound, u"站点不存在"_s);
        query.siteIds = {siteId};
    } else {
        auto sites = m_sites.sites();
        if (!sites)
            return std::unexpected(sites.error());
        for (const domain::Site &s : std::as_const(*sites))
            if (AccessPolicy::canSeeSite(caller, s.id))
                query.siteIds.append(s.id);
    }
    if (const QString type = request.query(u"type"_s); !type.isEmpty()) {
        query.type = domain::itemTypeFromCode(type);
        if (!query.type)
            return std::unexpected(badQuery(u"type"_s, u"应为 news、feature 或 disclosure"_s));
    }
    if (const QString states = request.query(u"state"_s); !states.isEmpty()) {
        for (const QString &s : states.split(u',', Qt::SkipEmptyParts)) {
            const auto state = domain::itemStateFromCode(s.trimmed());
            if (!state)
                return std::unexpected(badQuery(u"state"_s, u"未知状态：%1"_s.arg(s)));
            query.states.append(*state);
        }
    }
    if (const QString column = request.query(u"column"_s); !column.isEmpty()) {
        bool ok = false;
        query.columnId = column.toLongLong(&ok);
        if (!ok || query.columnId <= 0)
            return std::unexpected(badQuery(u"column"_s, u"应为栏目编号"_s));
    }
    query.text = request.query(u"q"_s).trimmed();
    if (query.text.size() > 200)
        return std::unexpected(badQuery(u"q"_s, u"搜索词最多 200 个字符"_s));
    if (const QString mine = request.query(u"mine"_s); mine == u"1" || mine == u"true")
        query.createdBy = caller.id;
    if (const QString since = request.query(u"updatedSince"_s); !since.isEmpty()) {
        query.updatedSince = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (!query.updatedSince.isValid())
            return std::unexpected(badQuery(u"updatedSince"_s, u"应为 RFC 3339 时间，例如 2026-01-31T08:00:00Z"_s));
    }
    query.cursor = request.query(u"cursor"_s);
    if (const QString limit = request.query(u"limit"_s); !limit.isEmpty()) {
        bool ok = false;
        query.limit = limit.toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            return std::unexpected(badQuery(u"limit"_s, u"应在 1 到 %1 之间"_s.arg(kMaxLimit)));
    }
    auto page = m_items.list(query);
    if (!page)
        return std::unexpected(page.error());
    QJsonArray items;
    for (const domain::Item &item : std::as_const(page->items))
        items.append(item.toSummaryJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items},
                                              {u"nextCursor"_s, page->nextCursor.isEmpty() ? QJsonValue()
                                                                                           : QJsonValue(page->nextCursor)}});
}

Result<ApiResponse> ItemController::create(ApiRequest &request)
{
    return m_idempotent.run(request, [&]() -> Result<ApiResponse> {
        auto input = itemFromBody(request);
        if (!input)
            return std::unexpected(input.error());
        auto item = m_service.create(request.caller(), *input);
        if (!item)
            return std::unexpected(item.error());
        ApiResponse response = itemResponse(201, *item);
        response.setHeader("Location", u"/api/v1/items/%1"_s.arg(item->id));
        return response;
    });
}

Result<ApiResponse> ItemController::read(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    auto item = m_service.get(request.caller(), *id);
    if (!item)
        return std::unexpected(item.error());
    return itemResponse(200, *item);
}

Result<ApiResponse> ItemController::update(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    auto input = itemFromBody(request);
    if (!input)
        return std::unexpected(input.error());
    auto item = m_service.update(request.caller(), *id, request.ifMatch(), *input);
    if (!item)
        return std::unexpected(item.error());
    return itemResponse(200, *item);
}

Result<ApiResponse> ItemController::remove(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    if (auto r = m_service.remove(request.caller(), *id, request.ifMatch()); !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

Result<ApiResponse> ItemController::revisions(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    if (auto item = m_service.get(request.caller(), *id); !item)
        return std::unexpected(item.error());
    auto list = m_items.revisions(*id);
    if (!list)
        return std::unexpected(list.error());
    QJsonArray out;
    for (const ItemRepository::RevisionInfo &r : std::as_const(*list))
        out.append(QJsonObject{{u"revision"_s, r.revision},
                               {u"savedAt"_s, r.savedAt.toString(Qt::ISODateWithMs)},
                               {u"savedBy"_s, QJsonObject{{u"id"_s, r.savedBy}, {u"displayName"_s, r.savedByName}}},
                               {u"state"_s, domain::itemStateCode(r.state)}});
    return ApiResponse::json(200, out);
}

Result<ApiResponse> ItemController::revision(ApiRequest &request)
{
    const auto id = request.idArg(0);
    const auto rev = request.idArg(1);
    if (!id || !rev)
        return fail(ErrorCode::NotFound, u"条目或版本编号无效"_s);
    if (auto item = m_service.get(request.caller(), *id); !item)
        return std::unexpected(item.error());
    auto old = m_items.revision(*id, *rev);
    if (!old)
        return std::unexpected(old.error());
    if (!old->has_value())
        return fail(ErrorCode::NotFound, u"条目 %1 没有第 %2 版"_s.arg(*id).arg(*rev));
    return ApiResponse::json(200, (*old)->toJson());
}

Result<ApiResponse> ItemController::transition(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    const QJsonObject body = request.object();
    TransitionInput input;
    input.action = body.value(u"action").toString();
    input.comment = body.value(u"comment").toString();
    if (input.comment.isEmpty())
        input.comment = body.value(u"reason").toString();
    if (const QString at = body.value(u"publishAt").toString(); !at.isEmpty()) {
        input.publishAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!input.publishAt.isValid()) {
            Error e = Error::make(ErrorCode::Validation, u"发布时间格式无效"_s);
            e.fields = {{u"publishAt"_s, u"应为 RFC 3339 时间，例如 2026-01-31T08:00:00+08:00"_s}};
            return std::unexpected(e);
        }
    }
    if (const QJsonValue urgent = body.value(u"urgent"); !urgent.isUndefined() && !urgent.isNull()) {
        if (!urgent.isBool()) {
            Error e = Error::make(ErrorCode::Validation, u"urgent 应为 true 或 false"_s);
            e.fields = {{u"urgent"_s, u"应为 true 或 false"_s}};
            return std::unexpected(e);
        }
        input.urgent = urgent.toBool();
    }
    input.validity = body.value(u"validity").toString();
    input.effectiveDate = body.value(u"effectiveDate").toString();
    if (const QJsonValue by = body.value(u"replacedBy"); !by.isUndefined() && !by.isNull()) {
        if (!by.isDouble() || by.toInteger() <= 0) {
            Error e = Error::make(ErrorCode::Validation, u"替代文件编号无效"_s);
            e.fields = {{u"replacedBy"_s, u"应为替代文件的条目编号"_s}};
            return std::unexpected(e);
        }
        input.replacedBy = by.toInteger();
    }
    if (input.comment.size() > 2000) {
        Error e = Error::make(ErrorCode::Validation, u"意见过长"_s);
        e.fields = {{u"comment"_s, u"最多 2000 个字符"_s}};
        return std::unexpected(e);
    }
    auto item = m_service.transition(request.caller(), *id, request.ifMatch(), input);
    if (!item)
        return std::unexpected(item.error());
    return itemResponse(200, *item);
}

Result<ApiResponse> ItemController::audit(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    if (auto item = m_service.get(request.caller(), *id); !item)
        return std::unexpected(item.error());
    auto entries = m_items.audit(*id);
    if (!entries)
        return std::unexpected(entries.error());
    QJsonArray out;
    for (const domain::ItemAuditEntry &e : std::as_const(*entries))
        out.append(e.toJson());
    return ApiResponse::json(200, out);
}

Result<ApiResponse> ItemController::pages(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    if (auto item = m_service.get(request.caller(), *id); !item)
        return std::unexpected(item.error());
    QJsonArray out;
    if (!m_pages)
        return ApiResponse::json(200, out);
    for (const ItemPages::Page &p : m_pages->pagesOf(*id))
        out.append(QJsonObject{{u"url"_s, p.url}, {u"title"_s, p.title}, {u"kind"_s, p.kind}});
    // A withdrawal reaches every copy on the other sites of the group, so the person confirming sees their pages too.
    auto placed = m_service.placements(request.caller(), *id);
    if (!placed)
        return std::unexpected(placed.error());
    for (const domain::Placement &placement : std::as_const(*placed)) {
        if (placement.state == domain::Placement::State::Withdrawn)
            continue;
        for (const ItemPages::Page &p : m_pages->pagesOf(placement.copyItemId))
            out.append(QJsonObject{{u"url"_s, p.url}, {u"title"_s, p.title}, {u"kind"_s, p.kind},
                                   {u"site"_s, placement.siteId}, {u"siteName"_s, placement.siteName}});
    }
    return ApiResponse::json(200, out);
}

Result<ApiResponse> ItemController::placements(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    auto placed = m_service.placements(request.caller(), *id);
    if (!placed)
        return std::unexpected(placed.error());
    QJsonArray out;
    for (const domain::Placement &p : std::as_const(*placed))
        out.append(p.toJson());
    return ApiResponse::json(200, out);
}

Result<ApiResponse> ItemController::place(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    return m_idempotent.run(request, [&]() -> Result<ApiResponse> {
        if (!request.json.isObject())
            return fail(ErrorCode::BadRequest, u"请求体必须是 JSON 对象"_s);
        const QJsonObject body = request.object();
        PlacedCopies::Input input;
        QList<FieldError> errors;
        if (const QJsonValue site = body.value(u"site"); site.isDouble() && site.toInteger() > 0)
            input.siteId = site.toInteger();
        else
            errors.append({u"site"_s, u"应为目标站点编号"_s});
        if (const QJsonValue columns = body.value(u"columns"); columns.isArray()) {
            for (const QJsonValue &c : columns.toArray()) {
                if (!c.isDouble() || c.toInteger() <= 0) {
                    errors.append({u"columns"_s, u"应为目标站点的栏目编号列表"_s});
                    break;
                }
                input.columnIds.append(c.toInteger());
            }
        } else {
            errors.append({u"columns"_s, u"应为目标站点的栏目编号列表"_s});
        }
        if (!errors.isEmpty()) {
            Error e = Error::make(ErrorCode::Validation, u"推送请求不完整，共 %1 处问题"_s.arg(errors.size()));
            e.fields = errors;
            return std::unexpected(e);
        }
        auto placement = m_service.place(request.caller(), *id, input);
        if (!placement)
            return std::unexpected(placement.error());
        ApiResponse response = ApiResponse::json(201, placement->toJson());
        response.setHeader("Location", u"/api/v1/items/%1/placements/%2"_s.arg(*id).arg(placement->id));
        return response;
    });
}

Result<ApiResponse> ItemController::removePlacement(ApiRequest &request)
{
    const auto id = request.idArg(0);
    const auto placement = request.idArg(1);
    if (!id || !placement)
        return fail(ErrorCode::NotFound, u"条目或推送编号无效"_s);
    if (auto r = m_service.removePlacement(request.caller(), *id, *placement); !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

} // namespace pd::server
