#include "server/http/ColumnController.h"

#include "server/db/AdminAuditLog.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/http/AccessPolicy.h"
#include "server/http/AdminFields.h"
#include "server/http/ApiServer.h"

#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QStringView kColumnRefusal = u"只有管理员可以修改栏目";
constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxUpdateDays = 3660;

/// Copies the fields present in `body` onto `column`; `position` receives the requested place among siblings.
QList<FieldError> applyFields(const QJsonObject &body, domain::Column &column, std::optional<int> &position)
{
    QList<FieldError> errors;
    if (auto name = AdminFields::name(body, 50, u"栏目名称应为 1 到 50 个字"_s, errors))
        column.name = *name;
    if (body.contains(u"parentId"_s)) {
        const QJsonValue v = body.value(u"parentId"_s);
        if (v.isNull() || (v.isDouble() && v.toInteger() == 0))
            column.parentId = 0;
        else if (!v.isDouble() || v.toInteger() < 1)
            errors.append({u"parentId"_s, u"上级栏目应为栏目编号或 null"_s});
        else
            column.parentId = v.toInteger();
    }
    if (auto place = AdminFields::position(body, errors))
        position = place;
    if (body.contains(u"kind"_s)) {
        const auto kind = domain::columnKindFromCode(body.value(u"kind"_s).toString());
        if (!kind)
            errors.append({u"kind"_s, u"栏目类型应为 news、notice、policy、feature、disclosure、live 之一"_s});
        else
            column.kind = *kind;
    }
    if (body.contains(u"updateDays"_s)) {
        const QJsonValue v = body.value(u"updateDays"_s);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0 || v.toInt() > kMaxUpdateDays)
            errors.append({u"updateDays"_s, u"更新周期应为 0（不要求）到 %1 天"_s.arg(kMaxUpdateDays)});
        else
            column.updateDays = v.toInt();
    }
    for (const auto &[key, target] : {std::pair{u"inCatalogue"_s, &column.inCatalogue}, std::pair{u"enabled"_s, &column.enabled}}) {
        if (!body.contains(key))
            continue;
        if (!body.value(key).isBool())
            errors.append({key, u"应为 true 或 false"_s});
        else
            *target = body.value(key).toBool();
    }
    return errors;
}

} // namespace

void ColumnController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/api/v1/sites/{site}/columns"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return create(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/columns/{id}"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return update(r); }});
    server.addRoute(Route{"DELETE", u"/api/v1/columns/{id}"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return remove(r); }});
}

Result<qint64> ColumnController::place(domain::Column column, std::optional<int> position, const QList<domain::Column> &tree)
{
    if (column.parentId != 0) {
        const auto parent = std::ranges::find(tree, column.parentId, &domain::Column::id);
        if (parent == tree.cend())
            return std::unexpected(Error::validation(u"上级栏目不存在"_s, {{u"parentId"_s, u"本站没有编号为 %1 的栏目"_s.arg(column.parentId)}}));
        // Walking up from the new parent must never reach the column itself, or the tree would become a loop.
        for (qint64 at = column.parentId; at != 0 && column.id != 0;) {
            if (at == column.id)
                return std::unexpected(Error::validation(u"栏目不能移到它自己或它的下级栏目之下"_s,
                                                  {{u"parentId"_s, u"不能移到自己或自己的下级栏目之下"_s}}));
            const auto up = std::ranges::find(tree, at, &domain::Column::id);
            at = up == tree.cend() ? 0 : up->parentId;
        }
    }
    QList<domain::Column> siblings;
    for (const domain::Column &c : tree)
        if (c.parentId == column.parentId && c.id != column.id)
            siblings.append(c);
    std::ranges::stable_sort(siblings, {}, &domain::Column::sortOrder);
    for (const domain::Column &c : std::as_const(siblings))
        if (c.name == column.name) {
            Error e = Error::make(ErrorCode::Conflict, u"同一上级栏目下已有名为“%1”的栏目"_s.arg(column.name));
            e.fields = {{u"name"_s, u"同级栏目中已有此名称"_s}};
            return std::unexpected(e);
        }
    const auto current = std::ranges::find(tree, column.id, &domain::Column::id);
    const bool sameParent = current != tree.cend() && current->parentId == column.parentId;
    qsizetype at = siblings.size();
    if (position)
        at = std::min<qsizetype>(*position, siblings.size());
    else if (sameParent) // neither moved nor reordered: keep its place
        at = std::ranges::count_if(siblings, [&](const domain::Column &c) { return c.sortOrder < current->sortOrder; });

    qint64 id = column.id;
    column.sortOrder = int(at);
    if (id == 0) {
        auto made = m_sites.createColumn(column, u"col-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12));
        if (!made)
            return std::unexpected(made.error());
        id = *made;
    } else if (auto r = m_sites.updateColumn(column); !r) {
        return std::unexpected(r.error());
    }
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        domain::Column sibling = siblings.at(i);
        const int order = int(i < at ? i : i + 1);
        if (sibling.sortOrder == order)
            continue;
        sibling.sortOrder = order;
        if (auto r = m_sites.updateColumn(sibling); !r)
            return std::unexpected(r.error());
    }
    return id;
}

Result<ApiResponse> ColumnController::create(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kColumnRefusal); !r)
        return std::unexpected(r.error());
    const auto siteId = request.idArg(0);
    auto site = siteId ? m_sites.site(*siteId) : Result<std::optional<domain::Site>>(std::nullopt);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    const QJsonObject body = request.object();
    domain::Column column;
    column.siteId = *siteId;
    column.updateDays = 0;
    std::optional<int> position;
    QList<FieldError> errors = applyFields(body, column, position);
    if (!body.contains(u"name"_s))
        errors.append({u"name"_s, u"请填写栏目名称"_s});
    if (!body.contains(u"kind"_s))
        errors.append({u"kind"_s, u"请选择栏目类型"_s});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"栏目设置有 %1 处错误"_s.arg(errors.size()), errors));

    Transaction tx(m_db);
    auto tree = m_sites.columns(*siteId);
    if (!tree)
        return std::unexpected(tree.error());
    auto id = place(column, position, *tree);
    if (!id)
        return std::unexpected(id.error());
    auto stored = m_sites.column(*id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"column"_s, QString::number(*id), u"create"_s,
                                         {}, (*stored)->toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(201, (*stored)->toJson());
}

Result<domain::Column> ColumnController::existing(const ApiRequest &request)
{
    const auto id = request.idArg(0);
    auto found = id ? m_sites.column(*id) : Result<std::optional<domain::Column>>(std::nullopt);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, u"栏目不存在"_s);
    // Two administrators arranging one tree: a change made on a column someone else changed (or moved among its
    // siblings) meanwhile is refused with the column as it is now, instead of overwriting it.
    const domain::Column &column = **found;
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改或删除栏目需要 If-Match 请求头（取自栏目的 revision）"_s);
    if (*ifMatch != column.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"栏目“%1”已被他人修改：您看到的是第 %2 版，当前是第 %3 版"_s.arg(column.name).arg(*ifMatch)
                                  .arg(column.revision));
        e.body.insert(u"current"_s, column.toJson());
        return std::unexpected(e);
    }
    return column;
}

Result<ApiResponse> ColumnController::update(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kColumnRefusal); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    auto found = existing(request);
    if (!found)
        return std::unexpected(found.error());
    const domain::Column before = *found;
    domain::Column after = before;
    std::optional<int> position;
    QList<FieldError> errors = applyFields(request.object(), after, position);
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"栏目设置有 %1 处错误"_s.arg(errors.size()), errors));
    if (before.enabled && !after.enabled) {
        auto published = m_sites.itemsInColumn(before.id, true);
        if (!published)
            return std::unexpected(published.error());
        if (*published > 0) {
            Error e = Error::make(ErrorCode::Conflict, u"栏目“%1”中还有 %2 篇已发布或定时发布的稿件，请先把它们移到其他栏目"
                                                       u"或撤下，再停用此栏目"_s.arg(before.name).arg(*published));
            e.fields = {{u"enabled"_s, u"栏目中还有已发布的稿件"_s}};
            return std::unexpected(e);
        }
    }
    auto tree = m_sites.columns(before.siteId);
    if (!tree)
        return std::unexpected(tree.error());
    if (auto r = place(after, position, *tree); !r)
        return std::unexpected(r.error());
    auto stored = m_sites.column(before.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"column"_s, QString::number(before.id), u"update"_s,
                                         before.toJson(), (*stored)->toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, (*stored)->toJson());
}

Result<ApiResponse> ColumnController::remove(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kColumnRefusal); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    auto found = existing(request);
    if (!found)
        return std::unexpected(found.error());
    const domain::Column column = *found;
    auto tree = m_sites.columns(column.siteId);
    if (!tree)
        return std::unexpected(tree.error());
    if (std::ranges::any_of(*tree, [&](const domain::Column &c) { return c.parentId == column.id; }))
        return fail(ErrorCode::Conflict, u"栏目“%1”下还有子栏目，请先移走或删除它们"_s.arg(column.name));
    auto items = m_sites.itemsInColumn(column.id, false);
    if (!items)
        return std::unexpected(items.error());
    // Items keep their column for the record (and the audit trail); an emptied column can be disabled instead.
    if (*items > 0)
        return fail(ErrorCode::Conflict, u"栏目“%1”中有 %2 篇稿件，不能删除；不再使用的栏目请停用"_s.arg(column.name).arg(*items));
    if (auto r = m_sites.deleteColumn(column.id); !r)
        return std::unexpected(r.error());
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"column"_s, QString::number(column.id), u"delete"_s,
                                         column.toJson(), {});
        !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

} // namespace pd::server
