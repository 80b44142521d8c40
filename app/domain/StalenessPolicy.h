#pragma once
#include "app/domain/Error.h"

#include <QMap>
#include <QString>

namespace pd::domain {

/// The inspection's early-warning settings: how many days before a column breaks its update rule it turns yellow
/// (by the length of the rule: 3 days for a two-week rule, 30 for a six-month one by default) and how many stale or
/// empty columns fail a site (five).
struct StalenessPolicy {
    /// Rule length in days (at least) → warning margin in days.
    QMap<int, int> margins{{14, 3}, {180, 30}};
    int failLine = 5;

    /// The margin of the longest configured rule not longer than `updateDays` (the shortest one's below all of
    /// them), never the whole rule: a column just published is never yellow. 0 for a column without a rule.
    [[nodiscard]] int marginFor(int updateDays) const;

    /// Reads margins written `14=3,180=30` (rule days = margin days, comma separated); Validation on anything else.
    [[nodiscard]] static Result<QMap<int, int>> parseMargins(const QString &text);
    [[nodiscard]] static QString formatMargins(const QMap<int, int> &margins);
    friend bool operator==(const StalenessPolicy &, const StalenessPolicy &) = default;
};

} // namespace pd::domain
