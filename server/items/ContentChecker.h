#pragma once
#include "app/checks/CheckEngine.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <QHash>
#include <optional>

namespace pd::server {

class CheckRuleRepository;
class Database;

/// Runs a site's check rules over an item's title, summary and body before it may be submitted. Engines are
/// compiled once per site and rule-set version; each check reads only the version, never the rules themselves.
class ContentChecker
{
public:
    /// A site's rules as one compiled engine: what a sweep holds for a whole batch of items.
    struct Rules {
        int version = 0;                       ///< 0: the site has no rules
        std::optional<checks::CheckEngine> engine;
    };

    ContentChecker(Database &db, CheckRuleRepository &rules) : m_db(db), m_rules(rules) {}

    /// Every finding (blocking and warnings) for the item.
    Result<QList<checks::Finding>> check(const domain::Item &item);
    /// The site's current rules, compiled when their version changed since the last call.
    Result<Rules> rulesOf(qint64 siteId);
    /// Every finding for the item under `rules` (no database access).
    [[nodiscard]] static QList<checks::Finding> check(const Rules &rules, const domain::Item &item);
    /// Forgets a compiled engine (after the site's rules changed).
    void invalidate(qint64 siteId) { m_engines.remove(siteId); }

private:
    Database &m_db;
    CheckRuleRepository &m_rules;
    QHash<qint64, Rules> m_engines;
};

} // namespace pd::server
