#pragma once
#include "app/domain/WorkflowState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// One line of an item's audit log (`GET /api/v1/items/{id}/audit`): who did what, when, from which state to which.
struct ItemAuditEntry {
    QDateTime at;
    qint64 userId = 0;    ///< 0: the server itself (scheduled publishing)
    QString username;
    QString userDisplayName;
    QString action;       ///< a workflow action code, or create / update / delete
    WorkflowState from;
    WorkflowState to;
    QString comment;

    /// {"at", "user": {"id", "username", "displayName"}, "action", "fromState", "fromLevel", "toState", "toLevel",
    ///  "comment"}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ItemAuditEntry fromJson(const QJsonObject &json);
    friend bool operator==(const ItemAuditEntry &, const ItemAuditEntry &) = default;
};

} // namespace pd::domain
