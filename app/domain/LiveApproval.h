#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pd::domain {

/// One approval a live post received in joint review: who, for which review group, when.
struct LiveApproval {
    qint64 userId = 0;
    QString userName; ///< display name, so the desk can say who approved without another lookup
    QString group;
    QDateTime at;

    /// {"user": {"id", "displayName"}, "group", "at"}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LiveApproval fromJson(const QJsonObject &json);
    friend bool operator==(const LiveApproval &, const LiveApproval &) = default;
};

} // namespace pd::domain
