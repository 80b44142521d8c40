#include "server/items/ContentChecker.h"

#include "server/db/CheckRuleRepository.h"
#include "server/items/ItemsLog.h"

using namespace Qt::StringLiterals;

namespace pd::server {

Result<QList<checks::Finding>> ContentChecker::check(const domain::Item &item)
{
    auto stored = m_rules.rules(item.siteId);
    if (!stored)
        return std::unexpected(stored.error());
    if (!stored->has_value())
        return QList<checks::Finding>(); // a site without rules has nothing to check against

    const int version = (*stored)->value(u"version").toInt(1);
    auto it = m_engines.find(item.siteId);
    if (it == m_engines.end() || it->version != version) {
        auto ruleSet = checks::RuleSet::fromJson(**stored);
        if (!ruleSet) {
            qCWarning(lcItems) << "stored check rules of site" << item.siteId << "are invalid:" << ruleSet.error().message;
            return fail(ErrorCode::Server, u"站点的检查规则无效，请管理员修正"_s);
        }
        it = m_engines.insert(item.siteId, Compiled{version, checks::CheckEngine(*ruleSet)});
    }
    QList<checks::Finding> findings;
    findings << it->engine.checkText(item.title, u"title"_s);
    findings << it->engine.checkText(item.subtitle, u"subtitle"_s);
    findings << it->engine.checkText(item.summary, u"summary"_s);
    findings << it->engine.checkHtml(item.bodyHtml, u"bodyHtml"_s);
    if (item.disclosure)
        findings << it->engine.checkText(item.disclosure->abstract, u"disclosure.abstract"_s);
    return findings;
}

} // namespace pd::server
