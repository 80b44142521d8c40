#pragma once
#include "app/checks/Rule.h"

#include <QJsonObject>
#include <QString>

namespace pd::checks {

/// One match of a rule in one field; start/length index the string that was checked (the HTML for checkHtml).
struct Finding {
    QString ruleId;
    RuleKind kind = RuleKind::Typo;
    Severity severity = Severity::Warn;
    QString field;
    qsizetype start = 0;
    qsizetype length = 0;
    QString excerpt;    ///< the match with a little plain-text context around it
    QString suggestion; ///< replacement for [start, start + length); empty when there is none
    QString message;    ///< translated explanation

    /// {"ruleId", "kind", "severity", "field", "start", "length", "excerpt", "suggestion", "message"}
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

} // namespace pd::checks
