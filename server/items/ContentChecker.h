#pragma once
#include "app/checks/CheckEngine.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"

#include <QHash>

namespace pd::server {

class CheckRuleRepository;

/// Runs a site's check rules over an item's title, summary and body before it may be submitted. Engines are
/// compiled once per site and rule-set version.
class ContentChecker
{
public:
    explicit ContentChecker(CheckRuleRepository &rules) : m_rules(rules) {}

    /// Every finding (blocking and warnings) for the item.
    Result<QList<checks::Finding>> check(const domain::Item &item);
    /// Forgets a compiled engine (after the site's rules changed).
    void invalidate(qint64 siteId) { m_engines.remove(siteId); }

private:
    struct Compiled {
        int version = -1;
        checks::CheckEngine engine;
    };
    CheckRuleRepository &m_rules;
    QHash<qint64, Compiled> m_engines;
};

} // namespace pd::server
