#pragma once
#include "app/checks/Finding.h"
#include "app/checks/RuleSet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pd::test {

/// What the content-check tests share (header only: they link the check engine already): a small rule set and the
/// rule ids of a list of findings.
class CheckSamples
{
public:
    /// Rule set `version` with a typo that warns (截止目前, suggesting 截至目前) and a sensitive phrase that blocks
    /// (网上博彩); an empty set if the JSON no longer parses.
    static checks::RuleSet typoAndSensitive(int version)
    {
        auto set = checks::RuleSet::fromJson(QJsonObject{
            {QStringLiteral("version"), version},
            {QStringLiteral("rules"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("typo-1")},
                             {QStringLiteral("pattern"), QStringLiteral("截止目前")},
                             {QStringLiteral("kind"), QStringLiteral("typo")},
                             {QStringLiteral("severity"), QStringLiteral("warn")},
                             {QStringLiteral("suggestion"), QStringLiteral("截至目前")}},
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("sens-1")},
                             {QStringLiteral("pattern"), QStringLiteral("网上博彩")},
                             {QStringLiteral("kind"), QStringLiteral("sensitive")},
                             {QStringLiteral("severity"), QStringLiteral("block")}},
             }},
        });
        return set ? *set : checks::RuleSet();
    }

    /// The rule id of each finding, in order.
    static QStringList ruleIds(const QList<checks::Finding> &findings)
    {
        QStringList out;
        for (const checks::Finding &f : findings)
            out.append(f.ruleId);
        return out;
    }
};

} // namespace pd::test
