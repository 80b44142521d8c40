#include "server/http/AdminController.h"

#include "server/db/AdminAuditLog.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/SiteFields.h"

#include <algorithm>

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxReviewLevels = 5;
constexpr int kDefaultAuditPage = 100;
constexpr int kMaxAuditPage = 500;

/// The site of the path, for an administrator: 404 for an unknown site, 403 for anyone else.
Result<qint64> adminSite(ApiRequest &request, SiteRepository &sites)
{
    const auto siteId = request.idArg(0);
    if (!siteId)
        return fail(ErrorCode::NotFound, u"站点编号无效"_s);
    auto site = sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    if (auto r = AccessPolicy::requireAdmin(request.caller(), u"只有管理员可以查看和修改站点设置"); !r)
        return std::unexpected(r.error());
    return *siteId;
}

} // namespace

void AdminController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"POST", u"/api/v1/sites"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return createSite(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/sites/{site}"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return updateSite(r); }});
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/review-policy"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return reviewPolicy(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/sites/{site}/review-policy"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return setReviewPolicy(r); }});
    server.addRoute(Route{"GET", u"/api/v1/audit"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return auditLog(r); }});
}

Result<void> AdminController::checkGroup(const domain::Site &site)
{
    auto all = m_sites.sites();
    if (!all)
        return std::unexpected(all.error());
    QList<FieldError> errors;
    if (site.parentSiteId != 0) {
        const auto parent = std::ranges::find(*all, site.parentSiteId, &domain::Site::id);
        if (parent == all->cend())
            errors.append({u"parentSite"_s, u"没有编号为 %1 的站点"_s.arg(site.parentSiteId)});
        else if (parent->parentSiteId != 0)
            errors.append({u"parentSite"_s, u"上级门户必须是门户网站本身，不能是另一个站点的成员站点"_s});
        else if (std::ranges::any_of(*all, [&](const domain::Site &s) { return s.parentSiteId == site.id && site.id != 0; }))
            errors.append({u"parentSite"_s, u"此站点下已有成员站点，不能再归入其他门户"_s});
    }
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"站点设置有误"_s, errors));
    for (const domain::Site &other : std::as_const(*all))
        if (other.id != site.id && other.siteCode == site.siteCode) {
            Error e = Error::make(ErrorCode::Conflict, u"网站标识码 %1 已被“%2”使用"_s.arg(site.siteCode, other.name));
            e.fields = {{u"siteCode"_s, u"已被使用"_s}};
            return std::unexpected(e);
        }
    return {};
}

Result<ApiResponse> AdminController::createSite(ApiRequest &request)
{
    if (auto r = AccessPolicy::requireAdmin(request.caller(), u"只有管理员可以创建站点"); !r)
        return std::unexpected(r.error());
    if (!request.json.isObject())
        return std::unexpected(Error::validation(u"请求体应为站点对象"_s, {{u"name"_s, u"必填"_s}}));
    domain::Site site;
    QList<FieldError> errors = SiteFields::apply(request.object(), site);
    if (errors.isEmpty())
        errors = SiteFields::validate(site);
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"站点设置有 %1 处错误"_s.arg(errors.size()), errors));
    Transaction tx(m_db);
    if (auto r = checkGroup(site); !r)
        return std::unexpected(r.error());
    auto id = m_sites.createSite(site);
    if (!id)
        return std::unexpected(id.error());
    auto stored = m_sites.site(*id);
    if (!stored)
        return std::unexpected(stored.error());
    const domain::Site created = **stored;
    if (auto r = m_audit.record(request.caller(), u"site"_s, QString::number(*id), u"create"_s, {}, created.toJson()); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    if (m_siteChanged)
        m_siteChanged(created.id);
    ApiResponse response = ApiResponse::json(201, created.toJson());
    response.setETag(created.revision);
    return response;
}

Result<ApiResponse> AdminController::updateSite(ApiRequest &request)
{
    auto siteId = adminSite(request, m_sites);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (!request.json.isObject())
        return std::unexpected(Error::validation(u"请求体应为站点对象"_s, {{u"name"_s, u"必填"_s}}));
    Transaction tx(m_db);
    auto current = m_sites.site(*siteId);
    if (!current)
        return std::unexpected(current.error());
    const domain::Site before = **current;
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改站点需要 If-Match 请求头（取自站点的 revision / ETag）"_s);
    if (*ifMatch != before.revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"站点已被他人修改：您编辑的是第 %1 版，当前是第 %2 版"_s.arg(*ifMatch).arg(before.revision));
        e.body.insert(u"current"_s, before.toJson());
        return std::unexpected(e);
    }
    domain::Site after = before;
    QList<FieldError> errors = SiteFields::apply(request.object(), after);
    if (errors.isEmpty())
        errors = SiteFields::validate(after);
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"站点设置有 %1 处错误"_s.arg(errors.size()), errors));
    if (auto r = checkGroup(after); !r)
        return std::unexpected(r.error());
    if (auto r = m_sites.updateSite(after); !r)
        return std::unexpected(r.error());
    auto stored = m_sites.site(*siteId);
    if (!stored)
        return std::unexpected(stored.error());
    const domain::Site now = **stored;
    if (auto r = m_audit.record(request.caller(), u"site"_s, QString::number(*siteId), u"update"_s, before.toJson(),
                                now.toJson());
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    if (m_siteChanged)
        m_siteChanged(now.id);
    ApiResponse response = ApiResponse::json(200, now.toJson());
    response.setETag(now.revision);
    return response;
}

Result<ApiResponse> AdminController::reviewPolicy(ApiRequest &request)
{
    auto siteId = adminSite(request, m_sites);
    if (!siteId)
        return std::unexpected(siteId.error());
    auto policy = m_sites.reviewPolicy(*siteId);
    if (!policy)
        return std::unexpected(policy.error());
    if (!policy->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    ApiResponse response = ApiResponse::json(200, (*policy)->toJson());
    response.setETag((*policy)->revision);
    return response;
}

Result<ApiResponse> AdminController::setReviewPolicy(ApiRequest &request)
{
    auto siteId = adminSite(request, m_sites);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (!request.json.isObject())
        return std::unexpected(Error::validation(u"请求体应为审核规则对象"_s, {{u"levels"_s, u"必填"_s}}));
    const QJsonObject body = request.object();
    QList<FieldError> errors;
    const QJsonValue levels = body.value(u"levels"_s);
    if (!levels.isDouble() || levels.toDouble() != double(levels.toInt()) || levels.toInt() < 1
        || levels.toInt() > kMaxReviewLevels)
        errors.append({u"levels"_s, u"审核级数应为 1 到 %1 的整数"_s.arg(kMaxReviewLevels)});
    static const QStringList kFlags{u"allowSameReviewerAcrossLevels"_s, u"allowAuthorReview"_s, u"reviewPlacements"_s};
    for (const QString &key : kFlags)
        if (body.contains(key) && !body.value(key).isBool())
            errors.append({key, u"应为 true 或 false"_s});
    // `revision` is what a GET answered; the If-Match header is what counts.
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != u"levels"_s && it.key() != u"revision"_s && !kFlags.contains(it.key()))
            errors.append({it.key(), u"审核规则没有这一项"_s});
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"审核规则有 %1 处错误"_s.arg(errors.size()), errors));

    domain::ReviewPolicy next = domain::ReviewPolicy::fromJson(body);
    Transaction tx(m_db);
    auto before = m_sites.reviewPolicy(*siteId);
    if (!before)
        return std::unexpected(before.error());
    if (!before->has_value())
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    // The policy is part of the site record: a change of either since the caller read it is refused.
    const auto ifMatch = request.ifMatch();
    if (!ifMatch)
        return fail(ErrorCode::PreconditionRequired, u"修改审核规则需要 If-Match 请求头（取自审核规则的 revision / ETag）"_s);
    if (*ifMatch != (*before)->revision) {
        Error e = Error::make(ErrorCode::PreconditionFailed,
                              u"审核规则或站点设置已被他人修改：您看到的是第 %1 版，当前是第 %2 版"_s.arg(*ifMatch)
                                  .arg((*before)->revision));
        QJsonObject current = (*before)->toJson();
        current.insert(u"revision"_s, (*before)->revision);
        e.body.insert(u"current"_s, current);
        return std::unexpected(e);
    }
    // Written before co-publishing existed, a client leaves the review of placed copies as the site had it.
    if (!body.contains(u"reviewPlacements"_s) && before->has_value())
        next.reviewPlacements = (*before)->reviewPlacements;
    if (auto r = m_sites.setReviewPolicy(*siteId, next); !r)
        return std::unexpected(r.error());
    auto stored = m_sites.reviewPolicy(*siteId);
    if (!stored)
        return std::unexpected(stored.error());
    next = stored->value_or(next);
    if (auto r = m_audit.record(request.caller(), u"review-policy"_s, QString::number(*siteId), u"update"_s,
                                (*before)->toJson(), next.toJson());
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    ApiResponse response = ApiResponse::json(200, next.toJson());
    response.setETag(next.revision);
    return response;
}

Result<ApiResponse> AdminController::auditLog(ApiRequest &request)
{
    if (!AccessPolicy::isAdmin(request.caller()))
        return fail(ErrorCode::Forbidden, u"只有管理员可以查看管理操作记录"_s);
    static const QStringList kResources{u"site"_s,           u"column"_s, u"category"_s, u"user"_s,
                                        u"review-policy"_s, u"sweep"_s,  u"finding"_s};
    const QString resource = request.query(u"resource"_s);
    const QString resourceId = request.query(u"id"_s);
    QList<FieldError> errors;
    if (!resource.isEmpty() && !kResources.contains(resource))
        errors.append({u"resource"_s, u"应为 %1 之一"_s.arg(kResources.join(u"、"_s))});
    if (!resourceId.isEmpty() && resource.isEmpty())
        errors.append({u"id"_s, u"按编号查询时须同时给出 resource"_s});
    int limit = kDefaultAuditPage;
    if (const QString l = request.query(u"limit"_s); !l.isEmpty()) {
        bool ok = false;
        limit = l.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxAuditPage)
            errors.append({u"limit"_s, u"应为 1 到 %1 的整数"_s.arg(kMaxAuditPage)});
    }
    qint64 before = 0;
    if (const QString b = request.query(u"before"_s); !b.isEmpty()) {
        bool ok = false;
        before = b.toLongLong(&ok);
        if (!ok || before < 1)
            errors.append({u"before"_s, u"应为记录编号"_s});
    }
    if (!errors.isEmpty())
        return std::unexpected(Error::validation(u"查询条件有误"_s, errors));
    auto entries = m_audit.entries(resource, resourceId, limit, before);
    if (!entries)
        return std::unexpected(entries.error());
    return ApiResponse::json(200, QJsonObject{{u"entries"_s, *entries}});
}

} // namespace pd::server
