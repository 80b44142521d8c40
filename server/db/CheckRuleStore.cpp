#include "server/db/CheckRuleStore.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"

#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<CheckRuleStore::Stored> CheckRuleStore::load(qint64 siteId)
{
    auto q = m_db.exec(u"SELECT version, rules FROM check_rules WHERE site_id = ?"_s, {siteId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return Stored{};
    return Stored{q->value(0).toInt(), QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()};
}

Result<bool> CheckRuleStore::replace(qint64 siteId, int basedOn, QJsonObject document, const Change &change)
{
    const int version = basedOn + 1;
    document.insert(u"version"_s, version);
    Transaction tx(m_db);
    // The version test is in the statement itself, so two portald instances on one PostgreSQL cannot both win.
    auto q = basedOn == 0
        ? m_db.exec(u"INSERT INTO check_rules (site_id, version, rules) VALUES (?, ?, ?) ON CONFLICT (site_id) DO NOTHING"_s,
                    {siteId, version, compact(document)})
        : m_db.exec(u"UPDATE check_rules SET version = ?, rules = ? WHERE site_id = ? AND version = ?"_s,
                    {version, compact(document), siteId, basedOn});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return false;
    auto logged = m_db.exec(u"INSERT INTO check_rule_changes (site_id, version, at, user_id, action, rule_id, detail) "
                            u"VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?)"_s,
                            {siteId, version, QDateTime::currentMSecsSinceEpoch(), change.userId, change.action,
                             change.ruleId, compact(change.detail)});
    if (!logged)
        return std::unexpected(logged.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return true;
}

Result<QList<CheckRuleStore::ChangeRecord>> CheckRuleStore::changes(qint64 siteId, int limit)
{
    auto q = m_db.exec(u"SELECT version, at, user_id, action, rule_id, detail FROM check_rule_changes "
                       u"WHERE site_id = ? ORDER BY id DESC LIMIT ?"_s,
                       {siteId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<ChangeRecord> out;
    while (q->next()) {
        out.append({q->value(0).toInt(), QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::UTC),
                    q->value(2).toLongLong(), q->value(3).toString(), q->value(4).toString(),
                    QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object()});
    }
    return out;
}

} // namespace pd::server
