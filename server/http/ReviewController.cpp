#include "server/http/ReviewController.h"

#include "server/db/ItemRepository.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiServer.h"
#include "server/http/JsonWriter.h"
#include "server/items/ItemService.h"


using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
QStringView lightCode(domain::DeadlineLight light)
{
    switch (light) {
    case domain::DeadlineLight::Green: return u"green";
    case domain::DeadlineLight::Yellow: return u"yellow";
    case domain::DeadlineLight::Red: return u"red";
    }
    return u"green";
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
    // Ten thousand waiting items are a normal queue after a holiday: written as JSON text directly (see JsonWriter).
    QByteArray body;
    JsonWriter out(body);
    out.beginObject();
    out.key(QLatin1StringView("items"));
    out.beginArray();
    for (const qint64 siteId : std::as_const(siteIds)) {
        const QList<int> levels = caller.reviewLevels(siteId);
        const bool publisher = caller.hasRole(QString(domain::roles::Publisher), siteId);
        // The light counts in the site's own working hours, as its deadlines do.
        auto site = m_sites.site(siteId);
        if (!site)
            return std::unexpected(site.error());
        const domain::WorkingCalendar calendar = *site ? m_service.calendarOf(**site) : m_service.calendar();
        // Copies other sites pushed or sent here (推送 / 报送) name where they come from; few per site, read once.
        auto placed = m_service.placedCopiesOn(siteId);
        if (!placed)
            return std::unexpected(placed.error());
        auto visited = m_items.forEachInReviewQueue(siteId, levels, publisher, [&](const domain::Item &item) {
            out.beginObject();
            item.writeSummary(out);
            if (const auto p = placed->constFind(item.id); p != placed->cend()) {
                out.field(QLatin1StringView("placementKind"), QStringView(domain::Placement::kindCode(p->kind)));
                out.field(QLatin1StringView("sourceSite"), p->sourceSiteId);
                out.field(QLatin1StringView("sourceSiteName"), QStringView(p->sourceSiteName));
                out.field(QLatin1StringView("sourceItem"), p->sourceItemId);
            }
            if (item.workflow.state == domain::ItemState::Submitted) {
                out.field(QLatin1StringView("waitingFor"), u"review");
                if (item.dueAt.isValid())
                    out.field(QLatin1StringView("light"),
                              lightCode(calendar.light(item.updatedAt, item.dueAt, now)));
            } else {
                out.field(QLatin1StringView("waitingFor"), u"publish");
            }
            out.endObject();
        });
        if (!visited)
            return std::unexpected(visited.error());
    }
    out.endArray();
    out.endObject();
    return ApiResponse::raw(200, std::move(body), "application/json");
}

} // namespace pd::server
