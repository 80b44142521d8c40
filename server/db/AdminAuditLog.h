#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace pd::server {

class Database;
class Transaction;

/// The administration audit log: who changed which site, column, category, account or review policy, when, and the
/// record before and after. Written inside the change's own transaction, so a change and its entry stand or fall together.
class AdminAuditLog
{
public:
    explicit AdminAuditLog(Database &db) : m_db(db) {}

    /// `before` is empty for a creation, `after` for a deletion.
    Result<void> record(const domain::User &actor, const QString &resource, const QString &resourceId,
                        const QString &action, const QJsonObject &before, const QJsonObject &after);
    /// record(), then commits the change's transaction `tx`: the last step of every administration change.
    Result<void> recordAndCommit(Transaction &tx, const domain::User &actor, const QString &resource,
                                 const QString &resourceId, const QString &action, const QJsonObject &before,
                                 const QJsonObject &after);
    /// Entries, newest first; an empty `resource` or `resourceId` matches any. Each entry as `GET /api/v1/audit` shows it.
    Result<QJsonArray> entries(const QString &resource, const QString &resourceId, int limit, qint64 beforeId);

private:
    Database &m_db;
};

} // namespace pd::server
