#include "server/http/ReportController.h"

#include "app/domain/LiveEvent.h"
#include "app/domain/LiveEventState.h"
#include "app/domain/TopicCategoryCatalog.h"
#include "server/db/Database.h"
#include "server/db/SiteRepository.h"
#include "server/http/AccessPolicy.h"
#include "server/http/ApiRequest.h"
#include "server/http/ApiServer.h"
#include "server/http/SiteHealthController.h"
#include "server/live/LiveRepository.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
/// A year is the longest period leaders ask for; longer ones would read the whole audit log for nothing.
constexpr qint64 kMaxPeriodDays = 366;

Error invalid(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, u"报表期间无效"_s);
    e.fields = {{field, message}};
    return e;
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    const qsizetype mid = values.size() / 2;
    const double seconds = values.size() % 2 ? double(values.at(mid)) : (values.at(mid - 1) + values.at(mid)) / 2.0;
    return seconds / 3600.0;
}
} // namespace

ReportController::ReportController(Database &db, SiteRepository &sites, LiveRepository &live,
                                   SiteHealthController &health, domain::WorkingCalendar calendar, ServerClock clock)
    : m_db(db), m_sites(sites), m_live(live), m_health(health), m_calendar(std::move(calendar)), m_clock(clock)
{
}

void ReportController::registerRoutes(ApiServer &server)
{
    server.addRoute(Route{"GET", u"/api/v1/sites/{site}/report"_s, true, Route::Body::None, 0,
                          [this](ApiRequest &r) { return get(r); }});
}

Result<ApiResponse> ReportController::get(ApiRequest &request)
{
    const auto siteId = request.idArg(0);
    if (!siteId)
        return fail(ErrorCode::NotFound, u"站点编号无效"_s);
    auto site = m_sites.site(*siteId);
    if (!site)
        return std::unexpected(site.error());
    if (!site->has_value()
        || !(AccessPolicy::canSeeSite(request.caller(), *siteId) || AccessPolicy::isAdmin(request.caller())))
        return fail(ErrorCode::NotFound, u"站点不存在"_s);

    // Without a period: this month so far, as the site counts its days.
    const QDate today = m_clock.now().toTimeZone(m_calendar.timeZone()).date();
    QDate from(today.year(), today.month(), 1);
    QDate to = today;
    if (const QString f = request.query(u"from"_s); !f.isEmpty()) {
        from = QDate::fromString(f, Qt::ISODate);
        if (!from.isValid())
            return std::unexpected(invalid(u"from"_s, u"起始日期应写作 YYYY-MM-DD"_s));
    }
    if (const QString t = request.query(u"to"_s); !t.isEmpty()) {
        to = QDate::fromString(t, Qt::ISODate);
        if (!to.isValid())
            return std::unexpected(invalid(u"to"_s, u"截止日期应写作 YYYY-MM-DD"_s));
    }
    if (to < from)
        return std::unexpected(invalid(u"to"_s, u"截止日期早于起始日期"_s));
    if (from.daysTo(to) >= kMaxPeriodDays)
        return std::unexpected(invalid(u"to"_s, u"报表期间最长一年（%1 天）"_s.arg(kMaxPeriodDays)));

    auto report = this->report(**site, from, to);
    if (!report)
        return std::unexpected(report.error());
    return ApiResponse::json(200, report->toJson());
}

Result<domain::SiteReport> ReportController::report(const domain::Site &site, QDate from, QDate to)
{
    const QTimeZone zone = m_calendar.timeZone();
    const QDateTime start(from, QTime(0, 0), zone);
    const QDateTime end(to.addDays(1), QTime(0, 0), zone);
    domain::SiteReport report;
    report.siteId = site.id;
    report.siteName = site.name;
    report.from = from;
    report.to = to;
    report.generatedAt = m_clock.now();
    if (auto r = addPublished(report, start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()); !r)
        return std::unexpected(r.error());
    if (auto r = addReview(report, site, start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch()); !r)
        return std::unexpected(r.error());
    if (auto r = addLive(report, start, end); !r)
        return std::unexpected(r.error());
    auto health = m_health.health(site);
    if (!health)
        return std::unexpected(health.error());
    report.health = *health;
    return report;
}

Result<void> ReportController::addPublished(domain::SiteReport &report, qint64 fromMs, qint64 toMs)
{
    // Published in the period and still public or archived since (withdrawn or unpublished items were taken back).
    auto q = m_db.exec(u"SELECT c.column_id, sc.name, i.type, COUNT(*) FROM items i "
                       u"JOIN item_columns c ON c.item_id = i.id JOIN site_columns sc ON sc.id = c.column_id "
                       u"WHERE i.site_id = ? AND i.state IN ('published', 'archived') "
                       u"AND i.published_at >= ? AND i.published_at < ? "
                       u"GROUP BY c.column_id, sc.name, sc.sort_order, i.type ORDER BY sc.sort_order, c.column_id, i.type"_s,
                       {report.siteId, fromMs, toMs});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        report.published.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                 q->value(3).toInt()});

    auto d = m_db.exec(u"SELECT topic_category, COUNT(*) FROM items WHERE site_id = ? AND type = 'disclosure' "
                       u"AND state IN ('published', 'archived') AND published_at >= ? AND published_at < ? "
                       u"GROUP BY topic_category ORDER BY topic_category"_s,
                       {report.siteId, fromMs, toMs});
    if (!d)
        return std::unexpected(d.error());
    const domain::TopicCategoryCatalog catalog;
    while (d->next()) {
        const QString code = d->value(0).toString();
        const QString path = catalog.path(code);
        report.disclosure.append({code, path.isEmpty() ? code : path, d->value(1).toInt()});
    }
    return {};
}

Result<void> ReportController::addReview(domain::SiteReport &report, const domain::Site &site, qint64 fromMs, qint64 toMs)
{
    // Every step up to the period's end: a decision in the period may answer a submission from before it.
    auto q = m_db.exec(u"SELECT a.item_id, a.at, a.from_state, a.from_level, a.to_state FROM item_audit a "
                       u"JOIN items i ON i.id = a.item_id WHERE i.site_id = ? AND a.at < ? ORDER BY a.item_id, a.id"_s,
                       {site.id, toMs});
    if (!q)
        return std::unexpected(q.error());
    QMap<int, QList<qint64>> durations;
    QMap<int, int> overdue;
    const domain::WorkingCalendar calendar = m_calendar.forSite(site.workingHours);
    qint64 item = 0;
    QDateTime entered;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != item) {
            item = id;
            entered = {};
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::UTC);
        const int level = q->value(3).toInt();
        if (q->value(2).toString() == u"submitted"_s && level > 0 && entered.isValid() && at.toMSecsSinceEpoch() >= fromMs) {
            durations[level].append(entered.secsTo(at));
            if (at > calendar.addWorkingHours(entered, site.reviewHours))
                ++overdue[level];
        }
        entered = q->value(4).toString() == u"submitted"_s ? at : QDateTime();
    }
    for (auto it = durations.cbegin(); it != durations.cend(); ++it)
        report.review.append({it.key(), int(it.value().size()), median(it.value()), overdue.value(it.key())});
    return {};
}

Result<void> ReportController::addLive(domain::SiteReport &report, const QDateTime &from, const QDateTime &to)
{
    auto events = m_live.events({report.siteId}, std::nullopt);
    if (!events)
        return std::unexpected(events.error());
    QList<domain::LiveEvent> held;
    for (const domain::LiveEvent &e : std::as_const(*events))
        if (e.startsAt >= from && e.startsAt < to && e.state != domain::LiveEventState::Scheduled)
            held.append(e);
    std::ranges::sort(held, {}, [](const domain::LiveEvent &e) { return e.startsAt.toMSecsSinceEpoch(); });
    for (const domain::LiveEvent &e : std::as_const(held)) {
        auto c = m_live.counts(e.id);
        if (!c)
            return std::unexpected(c.error());
        report.live.append({e.id, e.title, domain::liveEventStateCode(e.state), e.startsAt, c->posts, c->photos,
                            c->characters, c->viewersPeak, c->pageViews});
    }
    return {};
}

} // namespace pd::server
