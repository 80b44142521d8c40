#pragma once
#include "app/checks/RuleSet.h"
#include "app/domain/Error.h"
#include "server/http/ApiResponse.h"

#include <functional>

namespace pd::server {

class ApiServer;
class CheckRuleStore;
class SiteRepository;
struct ApiRequest;

/// The admin's editing of a site's content-check rules, beside `GET /api/v1/checks/rules`:
/// `POST /api/v1/checks/rules?site=` adds a rule, `PUT|DELETE /api/v1/checks/rules/{rule}?site=` changes (incl.
/// `enabled: false`) or removes one, `PUT /api/v1/checks/allow?site=` replaces the allow-list, and
/// `GET /api/v1/checks/changes?site=` lists who changed what. Admins of the site only (403 otherwise). The rule set's
/// version is its ETag: every change bumps it; PUT and DELETE need `If-Match` (428 without, 412 when stale).
class CheckRuleController
{
public:
    CheckRuleController(CheckRuleStore &store, SiteRepository &sites) : m_store(store), m_sites(sites) {}
    void registerRoutes(ApiServer &server);
    /// Called with the site after each stored change of its rules (whole-site sweeps follow them).
    void setChanged(std::function<void(qint64 siteId)> changed) { m_changed = std::move(changed); }

private:
    struct Current {
        qint64 siteId = 0;
        checks::RuleSet rules;
    };
    /// The site of `?site=` with its rules, after the admin check.
    Result<Current> current(ApiRequest &request);
    /// Validates `next`, stores it as the next version and answers with `body` (or 204 when it is empty).
    Result<ApiResponse> save(ApiRequest &request, const Current &current, checks::RuleSet next, QString action,
                             QString ruleId, QJsonObject detail, int status, QJsonObject body);

    Result<ApiResponse> create(ApiRequest &request);
    Result<ApiResponse> update(ApiRequest &request);
    Result<ApiResponse> remove(ApiRequest &request);
    Result<ApiResponse> setAllow(ApiRequest &request);
    Result<ApiResponse> changes(ApiRequest &request);

    CheckRuleStore &m_store;
    SiteRepository &m_sites;
    std::function<void(qint64 siteId)> m_changed;
};

} // namespace pd::server
