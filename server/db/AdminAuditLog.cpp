#include "server/db/AdminAuditLog.h"

#include "server/db/Database.h"
#include "server/db/Transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<void> AdminAuditLog::recordAndCommit(Transaction &tx, const domain::User &actor, const QString &resource,
                                            const QString &resourceId, const QString &action,
                                            const QJsonObject &before, const QJsonObject &after)
{
    if (auto r = record(actor, resource, resourceId, action, before, after); !r)
        return r;
    return tx.commit();
}

Result<void> AdminAuditLog::record(const domain::User &actor, const QString &resource, const QString &resourceId,
                                   const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    auto r = m_db.insert(u"INSERT INTO admin_audit (at, user_id, username, resource, resource_id, action, before_json, "
                         u"after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {QDateTime::currentMSecsSinceEpoch(), actor.id, actor.username, resource, resourceId, action,
                          QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<QJsonArray> AdminAuditLog::entries(const QString &resource, const QString &resourceId, int limit, qint64 beforeId)
{
    QString sql = u"SELECT id, at, user_id, username, resource, resource_id, action, before_json, after_json "
                  u"FROM admin_audit WHERE 1 = 1"_s;
    QVariantList binds;
    if (!resource.isEmpty()) {
        sql += u" AND resource = ?"_s;
        binds.append(resource);
    }
    if (!resourceId.isEmpty()) {
        sql += u" AND resource_id = ?"_s;
        binds.append(resourceId);
    }
    if (beforeId > 0) {
        sql += u" AND id < ?"_s;
        binds.append(beforeId);
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds.append(limit);
    auto q = m_db.exec(sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QJsonArray out;
    while (q->next()) {
        out.append(QJsonObject{
            {u"id"_s, q->value(0).toLongLong()},
            {u"at"_s, QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), QTimeZone::UTC).toString(Qt::ISODateWithMs)},
            {u"user"_s, QJsonObject{{u"id"_s, q->value(2).toLongLong()}, {u"username"_s, q->value(3).toString()}}},
            {u"resource"_s, q->value(4).toString()},
            {u"resourceId"_s, q->value(5).toString()},
            {u"action"_s, q->value(6).toString()},
            {u"before"_s, QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object()},
            {u"after"_s, QJsonDocument::fromJson(q->value(8).toString().toUtf8()).object()},
        });
    }
    return out;
}

} // namespace pd::server
