#include "server/items/ContentChecker.h"

#include "server/db/CheckRuleRepository.h"
#include "server/db/Database.h"
#include "server/items/ItemsLog.h"

using namespace Qt::StringLiterals;

namespace pd::server {

Result<ContentChecker::Rules> ContentChecker::rulesOf(qint64 siteId)
{
    // The version column is a few bytes; the rule document can be megabytes of JSON with ten thousand rules, so it
    // is read and compiled only when the version moved.
    auto current = m_db.scalar(u"SELECT version FROM check_rules WHERE site_id = ?"_s, {siteId});
    if (!current)
        return std::unexpected(current.error());
    if (!current->isValid()) {
        m_engines.remove(siteId);
        return Rules{}; // a site without rules has nothing to check against
    }
    const int version = current->toInt();
    if (auto it = m_engines.constFind(siteId); it != m_engines.cend() && it->version == version)
        return *it;
    auto stored = m_rules.rules(siteId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return Rules{};
    auto ruleSet = checks::RuleSet::fromJson(**stored);
    if (!ruleSet) {
        qCWarning(lcItems) << "stored check rules of site" << siteId << "are invalid:" << ruleSet.error().message;
        return fail(ErrorCode::Server, u"站点的检查规则无效，请管理员修正"_s);
    }
    Rules compiled{version, checks::CheckEngine(*ruleSet)};
    m_engines.insert(siteId, compiled);
    return compiled;
}

QList<checks::Finding> ContentChecker::check(const Rules &rules, const domain::Item &item)
{
    if (!rules.engine)
        return {};
    const checks::CheckEngine &engine = *rules.engine;
    QList<checks::Finding> findings;
    findings << engine.checkText(item.title, u"title"_s);
    findings << engine.checkText(item.subtitle, u"subtitle"_s);
    findings << engine.checkText(item.summary, u"summary"_s);
    findings << engine.checkHtml(item.bodyHtml, u"bodyHtml"_s);
    if (item.disclosure)
        findings << engine.checkText(item.disclosure->abstract, u"disclosure.abstract"_s);
    return findings;
}

Result<QList<checks::Finding>> ContentChecker::check(const domain::Item &item)
{
    auto rules = rulesOf(item.siteId);
    if (!rules)
        return std::unexpected(rules.error());
    return check(*rules, item);
}

} // namespace pd::server
