#pragma once
#include "app/domain/Error.h"
#include "app/domain/SiteReport.h"
#include "app/domain/WorkingCalendar.h"
#include "server/config/ServerClock.h"
#include "server/http/ApiResponse.h"

namespace pd::server {

class ApiServer;
class Database;
class LiveRepository;
class SiteHealthController;
class SiteRepository;
struct ApiRequest;

/// `GET /api/v1/sites/{site}/report?from=&to=`: a site's figures for a period (dates in the site's time zone, both
/// days included) — what the client and the CLI turn into the monthly PDF and CSV report.
class ReportController
{
public:
    ReportController(Database &db, SiteRepository &sites, LiveRepository &live, SiteHealthController &health,
                     domain::WorkingCalendar calendar, ServerClock clock);
    void registerRoutes(ApiServer &server);

    Result<domain::SiteReport> report(const domain::Site &site, QDate from, QDate to);

private:
    Result<ApiResponse> get(ApiRequest &request);
    Result<void> addPublished(domain::SiteReport &report, qint64 fromMs, qint64 toMs);
    Result<void> addReview(domain::SiteReport &report, const domain::Site &site, qint64 fromMs, qint64 toMs);
    Result<void> addLive(domain::SiteReport &report, const QDateTime &from, const QDateTime &to);

    Database &m_db;
    SiteRepository &m_sites;
    LiveRepository &m_live;
    SiteHealthController &m_health;
    domain::WorkingCalendar m_calendar;
    ServerClock m_clock;
};

} // namespace pd::server
