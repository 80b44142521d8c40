#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace pd::checks {

/// What a rule looks for: 敏感词, 错别字, 严重表述错误, 领导人姓名职务; Structure marks the built-in
/// markup checks of StructureChecker (never a rule in a RuleSet).
enum class RuleKind { Sensitive, Typo, Wording, Leader, Structure };
/// Block findings stop a submit; Warn findings are shown only.
enum class Severity { Block, Warn };

[[nodiscard]] QString ruleKindCode(RuleKind kind); ///< "sensitive", "typo", "wording", "leader", "structure"
[[nodiscard]] std::optional<RuleKind> ruleKindFromCode(QStringView code);
[[nodiscard]] QString severityCode(Severity severity);     ///< "block", "warn"
[[nodiscard]] std::optional<Severity> severityFromCode(QStringView code);

/// One content-check rule as `GET /api/v1/checks/rules` carries it.
///
/// For every kind, `pattern` is a literal phrase found wherever it occurs (after width and 繁/简 folding), and
/// `suggestion` replaces it. A leader rule comes in two forms:
/// - without `titles`: `pattern` is a known wrong form (e.g. 陈志远副市长) and `suggestion` the right one;
/// - with `titles`: `pattern` is the leader's name and `titles` the correct titles, first the usual one
///   (e.g. 陈志远 / ["市长"]). A title written right before or after the name that is not among them is a finding
///   with the rule's severity; an HTML body that names the leader but never with a correct title gets a warning
///   (headlines and plain-text posts conventionally use bare names, so checkText does not ask for titles).
struct Rule {
    QString id;
    QString pattern;
    RuleKind kind = RuleKind::Typo;
    Severity severity = Severity::Warn;
    QString suggestion;
    QString note;
    QStringList titles; ///< leader rules only; JSON key omitted when empty
    bool enabled = true; ///< disabled rules stay in the set (for editing) but never match

    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Rule &, const Rule &) = default;
};

} // namespace pd::checks
