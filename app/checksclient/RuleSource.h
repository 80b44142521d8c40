#pragma once
#include "app/checks/RuleSet.h"
#include "app/domain/Error.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
}

namespace pd::checks {

/// Where the client's check rules come from: each site's rules from `GET /api/v1/checks/rules`, kept
/// with their version in the account's LocalStore (so they survive a restart and work offline), merged with the
/// user's local rules (RuleSet::mergedWith). load() answers from the cache at once, then asks the server.
class RuleSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleSource)

public:
    /// `cache` may be null (rules then live for this run only); it must outlive the source.
    RuleSource(api::PortalClient &client, store::LocalStore *cache, QObject *parent = nullptr);

    /// Emits rulesChanged() from the cache (queued) when it holds the site's rules, then fetches them; a newer
    /// version replaces the cached one and emits rulesChanged() again. Offline, failed() says so and the cached
    /// rules stay in use.
    void load(qint64 siteId);
    /// The site's rules merged with the local ones, if any were loaded or cached.
    [[nodiscard]] std::optional<RuleSet> rules(qint64 siteId) const;
    /// The server's version of the site's rules in use; 0 when none.
    [[nodiscard]] int version(qint64 siteId) const;

    /// The user's own rules, applied on top of every site's (persisted in the cache).
    [[nodiscard]] const RuleSet &localRules() const { return m_local; }
    void setLocalRules(const RuleSet &local);

Q_SIGNALS:
    /// `rules` are the merged rules now in use for the site.
    void rulesChanged(qint64 siteId, const pd::checks::RuleSet &rules);
    void failed(qint64 siteId, const pd::Error &error);

private:
    void accept(qint64 siteId, const RuleSet &server);

    api::PortalClient &m_client;
    store::LocalStore *m_cache;
    RuleSet m_local;
    QHash<qint64, RuleSet> m_server; ///< per site, as the server sent them
};

} // namespace pd::checks
