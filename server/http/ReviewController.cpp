#include "http/ReviewController.h"

#include "db/ItemRepository.h"
#include "db/SiteRepository.h"
#include "http/AccessPolicy.h"
#include "http/ApiServer.h"
#include "items/ItemService.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
QString lightCode(domain::DeadlineLight light)
{
    switch (light) {
    case domain::DeadlineLight::Green: return u"green"_s;
    case domain::DeadlineLight::Yellow: return u"yellow"_s;
    case domain::DeadlineLight::Red: return u"red"_s;
    }
    return u"green"_s;
}
} // namespace

void ReviewController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/review/queue"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return queue(r); }});
}

Result<ApiResponse> ReviewController::queue(ApiRequest &request)
{
    const domain::User &caller = request.caller();
    QList<qint64> siteIds;
    if (const QString site = request.query(u"site"_s); !site.isEmpty()) {
        bool ok = false;
        const qint64 id = site.toLongLong(&ok);
        if (!ok || id <= 0 || !AccessPolicy::canSeeSite(caller, id))
            return fail(ErrorCode::NotFound, u"站点不存在"_s);
        siteIds = {id};
    } else {
        auto sites = m_sites.sites();
        if (!sites)
            return std::unexpected(sites.error());
        for (const domain::Site &s : std::as_const(*sites))
            if (AccessPolicy::canSeeSite(caller, s.id))
                siteIds.append(s.id);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray out;
    for (const qint64 siteId : std::as_const(siteIds)) {
        const QList<int> levels = caller.reviewLevels(siteId);
        const bool publisher = caller.hasRole(QString(domain::roles::Publisher), siteId);
        auto items = m_items.reviewQueue(siteId, levels, publisher);
        if (!items)
            return std::unexpected(items.error());
        for (const domain::Item &item : std::as_const(*items)) {
            QJsonObject o = item.toSummaryJson();
            if (item.workflow.state == domain::ItemState::Submitted) {
                o.insert(u"waitingFor"_s, u"review"_s);
                if (item.dueAt.isValid())
                    o.insert(u"light"_s, lightCode(m_service.calendar().light(item.updatedAt, item.dueAt, now)));
            } else {
                o.insert(u"waitingFor"_s, u"publish"_s);
            }
            out.append(o);
        }
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, out}});
}

} // namespace pd::server
