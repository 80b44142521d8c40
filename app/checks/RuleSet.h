#pragma once
#include "app/checks/Rule.h"
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pd::checks {

/// A site's rules: the body of `GET /api/v1/checks/rules`,
/// {"version": n, "rules": [{"id", "pattern", "kind", "severity", "suggestion", "note", "titles"?, "enabled"?}],
///  "allow": ["phrase", …]}. `allow` is the site's allow-list: a finding inside an occurrence of an allowed phrase
/// is a known false positive and is dropped (e.g. allowing 既使得 silences the typo rule 既使 there).
struct RuleSet {
    int version = 1;
    QList<Rule> rules;
    QStringList allow;

    [[nodiscard]] QJsonObject toJson() const;
    /// Fails with Validation (one FieldError per problem, field like "rules[3].kind") on a missing id or pattern,
    /// an unknown kind or severity, or a duplicate id.
    [[nodiscard]] static Result<RuleSet> fromJson(const QJsonObject &json);

    /// The site's rules with a user's local rules on top ("rules from the server plus local rules"): a
    /// local rule replaces the server rule with the same id (so a local copy with enabled=false switches one
    /// off), other local rules are added, allow-lists are joined. The version stays the server's.
    [[nodiscard]] RuleSet mergedWith(const RuleSet &local) const;

    friend bool operator==(const RuleSet &, const RuleSet &) = default;
};

} // namespace pd::checks
