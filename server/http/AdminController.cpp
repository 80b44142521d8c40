#include "server/http/AdminController.h"

#include "server/db/AdminAuditLog.h"
#include "server/db/SiteRepository.h"
#include "server/db/Transaction.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr qsizetype kSmallJson = 16 * 1024;
constexpr int kMaxReviewLevels = 5;
constexpr int kDefaultAuditPage = 100;
constexpr int kMaxAuditPage = 500;

Error validation(const QString &detail, QList<FieldError> fields)
{
    Error e = Error::make(ErrorCode::Validation, detail);
    e.fields = std::move(fields);
    return e;
}

/// The site of the path, for an administrator of that site: 404 for an unknown site, 403 for anyone else.
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
    if (!AccessPolicy::isAdmin(request.caller(), *siteId))
        return fail(ErrorCode::Forbidden, u"只有此站点的管理员可以查看和修改审核规则"_s);
    return *siteId;
}

} // namespace

void AdminController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/review-policy"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return reviewPolicy(r); }});
    server.addRoute(Route{"PUT", u"/api/v1/sites/{site}/review-policy"_s, true, Route::Body::Json, kSmallJson,
                          [this](ApiRequest &r) { return setReviewPolicy(r); }});
    server.addRoute(Route{"GET", u"/api/v1/audit"_s, true, Route::Body::None, 0, [this](ApiRequest &r) { return auditLog(r); }});
}

Result<ApiResponse> AdminController::reviewPolicy(ApiRequest &request)
{
    auto siteId = adminSite(request, m_sites);
    if (!siteId)
        return std::unexpected(siteId.error());
    auto policy = m_sites.reviewPolicy(*siteId);
    if (!policy)
        return std::unexpected(policy.error());
    return ApiResponse::json(200, (*policy)->toJson());
}

Result<ApiResponse> AdminController::setReviewPolicy(ApiRequest &request)
{
    auto siteId = adminSite(request, m_sites);
    if (!siteId)
        return std::unexpected(siteId.error());
    if (!request.json.isObject())
        return std::unexpected(validation(u"请求体应为审核规则对象"_s, {{u"levels"_s, u"必填"_s}}));
    const QJsonObject body = request.object();
    QList<FieldError> errors;
    const QJsonValue levels = body.value(u"levels"_s);
    if (!levels.isDouble() || levels.toDouble() != double(levels.toInt()) || levels.toInt() < 1
        || levels.toInt() > kMaxReviewLevels)
        errors.append({u"levels"_s, u"审核级数应为 1 到 %1 的整数"_s.arg(kMaxReviewLevels)});
    for (const QString &key : {u"allowSameReviewerAcrossLevels"_s, u"allowAuthorReview"_s})
        if (body.contains(key) && !body.value(key).isBool())
            errors.append({key, u"应为 true 或 false"_s});
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != u"levels"_s && it.key() != u"allowSameReviewerAcrossLevels"_s && it.key() != u"allowAuthorReview"_s)
            errors.append({it.key(), u"审核规则没有这一项"_s});
    if (!errors.isEmpty())
        return std::unexpected(validation(u"审核规则有 %1 处错误"_s.arg(errors.size()), errors));

    const domain::ReviewPolicy next = domain::ReviewPolicy::fromJson(body);
    Transaction tx(m_db);
    auto before = m_sites.reviewPolicy(*siteId);
    if (!before)
        return std::unexpected(before.error());
    if (auto r = m_sites.setReviewPolicy(*siteId, next); !r)
        return std::unexpected(r.error());
    if (auto r = m_audit.record(request.caller(), u"review-policy"_s, QString::number(*siteId), u"update"_s,
                                (*before)->toJson(), next.toJson());
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, next.toJson());
}

Result<ApiResponse> AdminController::auditLog(ApiRequest &request)
{
    if (!AccessPolicy::isAdmin(request.caller()))
        return fail(ErrorCode::Forbidden, u"只有管理员可以查看管理操作记录"_s);
    static const QStringList kResources{u"site"_s, u"column"_s, u"category"_s, u"user"_s, u"review-policy"_s};
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
        return std::unexpected(validation(u"查询条件有误"_s, errors));
    auto entries = m_audit.entries(resource, resourceId, limit, before);
    if (!entries)
        return std::unexpected(entries.error());
    return ApiResponse::json(200, QJsonObject{{u"entries"_s, *entries}});
}

} // namespace pd::server
