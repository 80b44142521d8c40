#include "app/checks/Rule.h"

#include "app/domain/CodeTable.h"

#include <QJsonArray>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::checks {

namespace {
// Part of the rules JSON contract; never rename.
constexpr domain::CodeTable<RuleKind, 5> kKinds{{{
    {RuleKind::Sensitive, u"sensitive"},
    {RuleKind::Typo, u"typo"},
    {RuleKind::Wording, u"wording"},
    {RuleKind::Leader, u"leader"},
    {RuleKind::Structure, u"structure"},
}}};
static_assert(kKinds.isOneToOne());
constexpr domain::CodeTable<Severity, 2> kSeverities{{{
    {Severity::Block, u"block"},
    {Severity::Warn, u"warn"},
}}};
static_assert(kSeverities.isOneToOne());
} // namespace

QString ruleKindCode(RuleKind kind)
{
    return kKinds.code(kind);
}

std::optional<RuleKind> ruleKindFromCode(QStringView code)
{
    return kKinds.fromCode(code);
}

QString severityCode(Severity severity)
{
    return kSeverities.code(severity);
}

std::optional<Severity> severityFromCode(QStringView code)
{
    return kSeverities.fromCode(code);
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
