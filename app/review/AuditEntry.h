#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::review {

/// One line of an item's audit trail (GET /api/v1/items/{id}/audit): who did what, when, from which state.
struct AuditEntry {
    Q_DECLARE_TR_FUNCTIONS(AuditEntry)

public:
    QDateTime at;
    QString user;   ///< display name (username when the server sent none)
    QString action; ///< API code: submit, approve, reject, …
    QString fromState;
    int fromLevel = 0;
    QString toState;
    QString comment;

    [[nodiscard]] static AuditEntry fromJson(const QJsonObject &json);
    /// The action for display (送审, 通过, 驳回, …), with the level for reviews.
    [[nodiscard]] QString actionText() const;
};

} // namespace pd::review
