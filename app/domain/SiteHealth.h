#pragma once
#include "app/domain/ColumnHealth.h"
#include "app/domain/Error.h"
#include "app/domain/Site.h"
#include "app/domain/StalenessPolicy.h"

#include <QList>

namespace pd::domain {

/// One site against the inspection's update rules at a moment: each content column's health and the count of red
/// (stale or empty) columns against the fail line — "4 of 5".
struct SiteHealth {
    qint64 siteId = 0;
    QString siteName;
    QDateTime at;
    int failLine = 5;
    QList<ColumnHealth> columns; ///< content columns only: leaves of the tree, live broadcasts left out

    [[nodiscard]] int failingCount() const;
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] bool failed() const { return failingCount() >= failLine; }

    /// The columns that hold content (parents of others and live columns hold none) judged at `now`.
    [[nodiscard]] static SiteHealth assess(const Site &site, const QList<Column> &columns, const QDateTime &now,
                                           const QTimeZone &zone, const StalenessPolicy &policy);

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SiteHealth> fromJson(const QJsonObject &json);
};

} // namespace pd::domain
