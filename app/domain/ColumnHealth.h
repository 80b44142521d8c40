#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>
#include <optional>

namespace pd::domain {

/// Where a column stands against the inspection: fine, inside its warning margin (yellow), stale or empty (red).
enum class ColumnStanding { Ok, Warning, Stale, Empty };

[[nodiscard]] QString columnStandingCode(ColumnStanding standing);
[[nodiscard]] std::optional<ColumnStanding> columnStandingFromCode(QStringView code);

/// One content column's state under its update rule at a given moment: how many calendar days are left before it
/// goes stale (in the site's time zone, as people count them), and whether that is inside the warning margin.
struct ColumnHealth {
    qint64 columnId = 0;
    QString name;
    ColumnKind kind = ColumnKind::News;
    int updateDays = 0;   ///< the rule (0: none)
    int marginDays = 0;   ///< yellow from this many days left
    QDateTime lastPublishedAt;
    QDateTime dueAt;      ///< when the column goes stale without a new item; invalid without a rule or an item
    std::optional<int> daysLeft; ///< calendar days until dueAt (negative once past); none without a rule or an item
    ColumnStanding standing = ColumnStanding::Ok;

    /// Red columns count against the site's fail line.
    [[nodiscard]] bool isFailing() const
    {
        return standing == ColumnStanding::Stale || standing == ColumnStanding::Empty;
    }

    [[nodiscard]] static ColumnHealth assess(const Column &column, const QDateTime &now, const QTimeZone &zone,
                                             int marginDays);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ColumnHealth> fromJson(const QJsonObject &json);
    friend bool operator==(const ColumnHealth &, const ColumnHealth &) = default;
};

} // namespace pd::domain
