#include "app/checks/Rule.h"

#include <QJsonArray>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {
// Part of the rules JSON contract; never rename.
constexpr std::array<std::pair<RuleKind, QStringView>, 5> kKinds{{
    {RuleKind::Sensitive, u"sensitive"},
    {RuleKind::Typo, u"typo"},
    {RuleKind::Wording, u"wording"},
    {RuleKind::Leader, u"leader"},
    {RuleKind::Structure, u"structure"},
}};
constexpr std::array<std::pair<Severity, QStringView>, 2> kSeverities{{
    {Severity::Block, u"block"},
    {Severity::Warn, u"warn"},
}};
} // namespace

QString ruleKindCode(RuleKind kind)
{
    for (const auto &[k, code] : kKinds) {
        if (k == kind)
            return code.toString();
    }
    return {};
}

std::optional<RuleKind> ruleKindFromCode(QStringView code)
{
    for (const auto &[k, c] : kKinds) {
        if (c == code)
            return k;
    }
    return std::nullopt;
}

QString severityCode(Severity severity)
{
    for (const auto &[s, code] : kSeverities) {
        if (s == severity)
            return code.toString();
    }
    return {};
}

std::optional<Severity> severityFromCode(QStringView code)
{
    for (const auto &[s, c] : kSeverities) {
        if (c == code)
            return s;
    }
    return std::nullopt;
}

QJsonObject Rule::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"pattern"_s, pattern},
                  {u"kind"_s, ruleKindCode(kind)},
                  {u"severity"_s, severityCode(severity)},
                  {u"suggestion"_s, suggestion},
                  {u"note"_s, note}};
    if (!titles.isEmpty())
        o.insert(u"titles"_s, QJsonArray::fromStringList(titles));
    if (!enabled)
        o.insert(u"enabled"_s, false);
    return o;
}

} // namespace pd::checks
