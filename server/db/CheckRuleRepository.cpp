#include "server/db/CheckRuleRepository.h"

#include "server/db/Database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<std::optional<QJsonObject>> CheckRuleRepository::rules(qint64 siteId)
{
    auto v = m_db.scalar(u"SELECT rules FROM check_rules WHERE site_id = ?"_s, {siteId});
    if (!v)
        return std::unexpected(v.error());
    if (!v->isValid())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(v->toString().toUtf8()).object());
}

Result<void> CheckRuleRepository::store(qint64 siteId, const QJsonObject &ruleSet)
{
    const QString json = QString::fromUtf8(QJsonDocument(ruleSet).toJson(QJsonDocument::Compact));
    const int version = ruleSet.value(u"version").toInt(1);
    auto r = m_db.exec(u"INSERT INTO check_rules (site_id, version, rules) VALUES (?, ?, ?) "
                       u"ON CONFLICT (site_id) DO UPDATE SET version = excluded.version, rules = excluded.rules"_s,
                       {siteId, version, json});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace pd::server
