#include "server/http/CategoryController.h"

#include "app/domain/TopicCategoryCatalog.h"
#include "server/db/AdminAuditLog.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/http/AccessPolicy.h"
#include "server/http/AdminFields.h"
#include "server/http/ApiServer.h"
#include "server/http/VisibleSite.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QStringView kCategoryRefusal = u"只有管理员可以修改主题分类";
constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxNameLength = 50;

/// Copies `name` and `position` from `body` onto `category`.
QList<FieldError> applyFields(const QJsonObject &body, domain::SiteCategory &category)
{
    QList<FieldError> errors;
    if (auto name = AdminFields::name(body, kMaxNameLength, u"分类名称应为 1 到 %1 个字"_s.arg(kMaxNameLength), errors))
        category.name = *name;
    if (auto position = AdminFields::position(body, errors))
        category.position = *position;
    return errors;
}

} // namespace

void CategoryController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/disclosure/categories"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return list(r); }});
    server.addRoute(Route{"POST", u"/api/v1/sites/{site}/disclosure/categories"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return create(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/disclosure/categories/{code}"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return update(r); }});
    server.addRoute(Route{"DELETE", u"/api/v1/disclosure/categories/{code}"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return remove(r); }});
}

Result<ApiResponse> CategoryController::list(ApiRequest &request)
{
    const auto site = visibleOrAdministeredSite(request, m_sites, request.idArg(0));
    if (!site)
        return std::unexpected(site.error());
    auto categories = m_sites.siteCategories(site->id);
    if (!categories)
        return std::unexpected(categories.error());
    QJsonArray out;
    for (const domain::SiteCategory &c : std::as_const(*categories))
        out.append(c.toJson());
    return ApiResponse::json(200, out);
}

Result<void> CategoryController::checkUniqueName(const domain::SiteCategory &category)
{
    auto siblings = m_sites.siteCategories(category.siteId);
    if (!siblings)
        return std::unexpected(siblings.error());
    for (const domain::SiteCategory &other : std::as_const(*siblings))
        if (other.code != category.code && other.parentCode == category.parentCode && other.name == category.name) {
            Error e = Error::make(ErrorCode::Conflict, u"同一上级下已有名为“%1”的分类（%2）"_s.arg(category.name, other.code));
            e.fields = {{u"name"_s, u"同级分类中已有此名称"_s}};
            return std::unexpected(e);
        }
    return {};
}

Result<int> CategoryController::placeAmongSiblings(const domain::SiteCategory &category, std::optional<int> position)
{
    auto all = m_sites.siteCategories(category.siteId);
    if (!all)
        return std::unexpected(all.error());
    QList<domain::SiteCategory> siblings;
    for (const domain::SiteCategory &c : std::as_const(*all))
        if (c.parentCode == category.parentCode && c.code != category.code)
            siblings.append(c);
    std::ranges::stable_sort(siblings, {}, &domain::SiteCategory::position);
    const int at = int(std::min<qsizetype>(position.value_or(int(siblings.size())), siblings.size()));
    // The siblings make room: numbered 0, 1, … around the category's new place.
    for (qsizetype i = 0; i < siblings.size(); ++i) {
        domain::SiteCategory sibling = siblings.at(i);
        const int order = int(i < at ? i : i + 1);
        if (sibling.position == order)
            continue;
        sibling.position = order;
        if (auto r = m_sites.updateSiteCategory(sibling); !r)
            return std::unexpected(r.error());
    }
    return at;
}

Result<ApiResponse> CategoryController::create(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    auto site = siteId ? m_sites.site(*siteId) : Result<std::optional<domain::Site>>(std::nullopt);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kCategoryRefusal); !r)
        return std::unexpected(r.error());
    if (!request.json.isObject())
        return std::unexpected(Error::validation(u"请求体应为分类对象"_s, {{u"code"_s, u"必填"_s}}));
    const QJsonObject body = request.object();
    domain::SiteCategory category;
    category.siteId = *siteId;
    QList<FieldError> errors = applyFields(body, category);
    if (!body.contains(u"name"_s))
        errors.append({u"name"_s, u"请填写分类名称"_s});
    const QJsonValue parent = body.value(u"parentCode"_s);
    if (!parent.isUndefined() && !parent.isNull() && !parent.isString())
        errors.append({u"parentCode"_s, u"上级分类应为分类编码或 null"_s});
    category.parentCode = parent.toString();
    category.code = body.value(u"code"_s).toString();
    if (!domain::SiteCategory::isWellFormedCode(category.code, category.parentCode))
        errors.append({u"code"_s, category.parentCode.isEmpty()
                                      ? u"分类编码应为 1 到 4 个大写字母加两位数字，如 SW01"_s
                                      : u"子类编码应为上级分类编码加两位数字，如 %1 下的 %2"_s.arg(category.parentCode, category.parentCode + u"01"_s)});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"主题分类有 %1 处错误"_s.arg(errors.size()), errors));

    Transaction tx(m_db);
    if (!category.parentCode.isEmpty()) {
        auto parentCategory = m_sites.siteCategory(category.parentCode);
        if (!parentCategory)
            return std::unexpected(parentCategory.error());
        // Sub-categories go under the site's own top categories; the national ones stay as the standard defines them.
        if (!parentCategory->has_value() || (*parentCategory)->siteId != category.siteId || !(*parentCategory)->parentCode.isEmpty())
            return std::unexpected(Error::validation(u"上级分类不是本站自己的一级分类"_s,
                                              {{u"parentCode"_s, u"本站没有编码为 %1 的一级分类"_s.arg(category.parentCode)}}));
    }
    auto taken = m_sites.siteCategory(category.code);
    if (!taken)
        return std::unexpected(taken.error());
    if (taken->has_value()) {
        Error e = Error::make(ErrorCode::Conflict, u"分类编码 %1 已被“%2”使用"_s.arg(category.code, (*taken)->name));
        e.fields = {{u"code"_s, u"已被使用"_s}};
        return std::unexpected(e);
    }
    if (auto r = checkUniqueName(category); !r)
        return std::unexpected(r.error());
    auto placed = placeAmongSiblings(category, body.contains(u"position"_s) ? std::optional(category.position) : std::nullopt);
    if (!placed)
        return std::unexpected(placed.error());
    category.position = *placed;
    if (auto r = m_sites.createSiteCategory(category); !r)
        return std::unexpected(r.error());
    auto stored = m_sites.siteCategory(category.code);
    if (!stored)
        return std::unexpected(stored.error());
    const domain::SiteCategory created = **stored;
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"category"_s, created.code, u"create"_s,
                                         {}, created.toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(201, created.toJson()).setETag(created.revision);
}

Result<domain::SiteCategory> CategoryController::existing(const ApiRequest &request)
{
    const QString code = request.pathArgs.value(0);
    auto found = m_sites.siteCategory(code);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value()) {
        if (domain::TopicCategoryCatalog().contains(code))
            return fail(ErrorCode::Conflict, u"%1 是国家规定的主题分类，不能修改或删除"_s.arg(code));
        return fail(ErrorCode::NotFound, u"主题分类不存在"_s);
    }
    return **found;
}

Result<ApiResponse> CategoryController::update(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kCategoryRefusal); !r)
        return std::unexpected(r.error());
    if (!request.json.isObject())
        return std::unexpected(Error::validation(u"请求体应为分类对象"_s, {{u"name"_s, u"必填"_s}}));
    Transaction tx(m_db);
    auto found = existing(request);
    if (!found)
        return std::unexpected(found.error());
    const domain::SiteCategory before = *found;
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改主题分类需要 If-Match 请求头（取自分类的 revision / ETag）"_s);
    if (*ifMatch != before.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"分类已被他人修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(*ifMatch).arg(before.revision));
        e.body.insert(u"current"_s, before.toJson());
        return std::unexpected(e);
    }
    const QJsonObject body = request.object();
    QList<FieldError> errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString key = it.key();
        if ((key == u"code"_s && it.value().toString() != before.code)
            || (key == u"parentCode"_s && it.value().toString() != before.parentCode))
            errors.append({key, u"分类编码和上级分类一经设定不能更改（稿件按编码归类）"_s});
    }
    domain::SiteCategory after = before;
    errors.append(applyFields(body, after));
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"主题分类有 %1 处错误"_s.arg(errors.size()), errors));
    if (auto r = checkUniqueName(after); !r)
        return std::unexpected(r.error());
    if (body.contains(u"position"_s)) {
        auto placed = placeAmongSiblings(after, after.position);
        if (!placed)
            return std::unexpected(placed.error());
        after.position = *placed;
    }
    if (auto r = m_sites.updateSiteCategory(after); !r)
        return std::unexpected(r.error());
    auto stored = m_sites.siteCategory(before.code);
    if (!stored)
        return std::unexpected(stored.error());
    const domain::SiteCategory now = **stored;
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"category"_s, now.code, u"update"_s,
                                         before.toJson(), now.toJson());
        !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, now.toJson()).setETag(now.revision);
}

Result<ApiResponse> CategoryController::remove(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), kCategoryRefusal); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    auto found = existing(request);
    if (!found)
        return std::unexpected(found.error());
    const domain::SiteCategory category = *found;
    auto all = m_sites.siteCategories(category.siteId);
    if (!all)
        return std::unexpected(all.error());
    if (std::ranges::any_of(*all, [&](const domain::SiteCategory &c) { return c.parentCode == category.code; }))
        return fail(ErrorCode::Conflict, u"分类“%1”下还有子类，请先删除它们"_s.arg(category.name));
    auto items = m_sites.itemsInCategory(category.code);
    if (!items)
        return std::unexpected(items.error());
    // An item's 主题分类 is part of its public record; the category stays while any item is filed under it.
    if (*items > 0)
        return fail(ErrorCode::Conflict,
                    u"分类“%1”下有 %2 篇信息公开稿件，不能删除；请先把它们改归其他分类"_s.arg(category.name).arg(*items));
    if (auto r = m_sites.deleteSiteCategory(category.code); !r)
        return std::unexpected(r.error());
    if (auto r = m_audit.recordAndCommit(tx, request.caller(), u"category"_s, category.code, u"delete"_s,
                                         category.toJson(), {});
        !r)
        return std::unexpected(r.error());
    return ApiResponse::noContent();
}

} // namespace pd::server
