#include "server/http/TraditionalController.h"

#include "server/db/Database.h"
#include "server/db/SiteRepository.h"
#include "server/db/TraditionalStore.h"
#include "server/db/Transaction.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/HttpLog.h"
#include "server/http/VisibleSite.h"
#include "server/items/ItemService.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::server {

using checks::TraditionalConverter;
using domain::Item;

namespace {

constexpr qsizetype kSmallJson = 4 * 1024;
const auto kDefaultVariant = TraditionalConverter::Variant::Traditional;

} // namespace

void TraditionalController::registerRoutes(ApiServer &server)
{
    const auto add = [&](QByteArray method, QString pattern, Route::Body body,
                         Result<ApiResponse> (TraditionalController::*handler)(ApiRequest &)) {
        server.addRoute(Route{std::move(method), std::move(pattern), true, body,
                              body == Route::Body::None ? 0 : kSmallJson,
                              [this, handler](ApiRequest &r) { return (this->*handler)(r); }});
    };
    add("POST", u"/api/v1/items/{id}/traditional"_s, Route::Body::None, &TraditionalController::generate);
    add("GET", u"/api/v1/items/{id}/traditional"_s, Route::Body::None, &TraditionalController::copyOf);
    add("GET", u"/api/v1/sites/{site}/traditional"_s, Route::Body::None, &TraditionalController::siteVariant);
    add("PUT", u"/api/v1/sites/{site}/traditional"_s, Route::Body::Json, &TraditionalController::setSiteVariant);
}

Result<TraditionalConverter::Variant> TraditionalController::variantOf(qint64 siteId)
{
    auto stored = m_store.siteVariant(siteId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return kDefaultVariant;
    return TraditionalConverter::variantFromCode(**stored).value_or(kDefaultVariant);
}

Result<const TraditionalConverter *> TraditionalController::converter(TraditionalConverter::Variant variant)
{
    auto it = m_converters.find(variant);
    if (it == m_converters.end()) {
        auto created = TraditionalConverter::create(variant);
        if (!created) {
            qCWarning(lcHttp) << "OpenCC" << TraditionalConverter::variantCode(variant) << "unavailable:"
                              << created.error().message;
            return fail(ErrorCode::Server, u"繁简转换数据（OpenCC）不可用，请联系管理员"_s);
        }
        it = m_converters.emplace(variant, std::move(*created)).first;
    }
    return &it->second;
}

Result<ApiResponse> TraditionalController::generate(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    auto source = m_items.get(request.caller(), *id);
    if (!source)
        return std::unexpected(source.error());
    auto copy = m_store.isCopy(source->id);
    if (!copy)
        return std::unexpected(copy.error());
    if (*copy)
        return fail(ErrorCode::Validation, u"这已是繁体版条目，请从简体原稿生成"_s);
    if (source->type == domain::ItemType::Disclosure) {
        // A copy would take a second 索引号 and be counted twice in the public-information catalogue.
        return fail(ErrorCode::Validation, u"信息公开条目按索引号编目，不生成单独的繁体版条目"_s);
    }
    auto variant = variantOf(source->siteId);
    if (!variant)
        return std::unexpected(variant.error());
    auto opencc = converter(*variant);
    if (!opencc)
        return std::unexpected(opencc.error());
    auto link = m_store.linkOf(source->id);
    if (!link)
        return std::unexpected(link.error());
    const QString variantCode = TraditionalConverter::variantCode(*variant);

    if (link->has_value() && (*link)->sourceRevision == source->revision && (*link)->variant == variantCode) {
        auto existing = m_items.get(request.caller(), (*link)->itemId);
        if (!existing)
            return std::unexpected(existing.error());
        return ApiResponse::json(200, existing->toJson()).setETag(existing->revision);
    }

    Item input = (*opencc)->convertItem(*source);
    if (input.feature)
        input.feature->slug += u"-hant"_s; // its own public address beside the Simplified feature

    Transaction tx(m_db);
    Result<Item> result = link->has_value()
        ? [&]() -> Result<Item> {
              auto current = m_items.get(request.caller(), (*link)->itemId);
              if (!current)
                  return current;
              return m_items.update(request.caller(), current->id, current->revision, input);
          }()
        : m_items.create(request.caller(), input);
    if (!result)
        return std::unexpected(result.error());
    if (auto r = m_store.saveLink({source->id, result->id, variantCode, source->revision}); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcHttp) << "繁体版" << result->id << "of item" << source->id << "revision" << source->revision << "("
                   << variantCode << ")";
    return ApiResponse::json(link->has_value() ? 200 : 201, result->toJson()).setETag(result->revision);
}

Result<ApiResponse> TraditionalController::copyOf(ApiRequest &request)
{
    const auto id = request.idArg(0);
    if (!id)
        return fail(ErrorCode::NotFound, u"条目编号无效"_s);
    auto source = m_items.get(request.caller(), *id);
    if (!source)
        return std::unexpected(source.error());
    auto link = m_store.linkOf(source->id);
    if (!link)
        return std::unexpected(link.error());
    if (!link->has_value())
        return fail(ErrorCode::NotFound, u"该条目还没有繁体版"_s);
    auto copy = m_items.get(request.caller(), (*link)->itemId);
    if (!copy)
        return std::unexpected(copy.error());
    return ApiResponse::json(200, copy->toJson())
        .setETag(copy->revision)
        .setHeader("X-Traditional-Up-To-Date", (*link)->sourceRevision == source->revision ? "true" : "false");
}

Result<ApiResponse> TraditionalController::siteVariant(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (!siteId || !AccessPolicy::canSeeSite(request.caller(), *siteId))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);
    auto variant = variantOf(*siteId);
    if (!variant)
        return std::unexpected(variant.error());
    return ApiResponse::json(200, QJsonObject{{u"variant"_s, TraditionalConverter::variantCode(*variant)}});
}

Result<ApiResponse> TraditionalController::setSiteVariant(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (auto site = visibleSite(request, m_sites, siteId); !site)
        return std::unexpected(site.error());
    if (!AccessPolicy::isAdmin(request.caller(), *siteId))
        return fail(ErrorCode::Forbidden, u"只有管理员可以设置繁体版的转换方式"_s);
    const QString code = request.object().value(u"variant").toString();
    const auto variant = TraditionalConverter::variantFromCode(code);
    if (!variant) {
        Error e = Error::make(ErrorCode::Validation, u"转换方式无效"_s);
        e.fields = {{u"variant"_s, u"应为 s2t、s2tw、s2twp 或 s2hk"_s}};
        return std::unexpected(e);
    }
    if (auto r = m_store.setSiteVariant(*siteId, code); !r)
        return std::unexpected(r.error());
    return ApiResponse::json(200, QJsonObject{{u"variant"_s, code}});
}

} // namespace pd::server
