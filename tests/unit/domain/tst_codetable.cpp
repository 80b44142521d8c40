// CodeTable, the one table an enum's codes are written in: code() and fromCode() read the same table both ways,
// an unknown code or an unlisted value reads as nothing, isOneToOne() catches a value or a code written twice; and
// every table built on it gives back each value from its code, with the codes the contracts fix.
#include "app/checks/Rule.h"
#include "app/checks/TraditionalConverter.h"
#include "app/domain/CodeTable.h"
#include "app/domain/Column.h"
#include "app/domain/ItemType.h"
#include "app/domain/WorkflowAction.h"
#include "app/domain/WorkflowState.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::domain::CodeTable;

namespace {

enum class Light { Red, Amber, Green, Flashing };

constexpr CodeTable<Light, 3> kLights{{{
    {Light::Red, u"red"},
    {Light::Amber, u"amber"},
    {Light::Green, u"green"},
}}};
static_assert(kLights.isOneToOne());
static_assert(kLights.size() == 3);
static_assert(kLights.fromCode(u"amber") == Light::Amber);
static_assert(!kLights.fromCode(u"blue"));

template <typename Enum, std::size_t N>
bool readsBack(const CodeTable<Enum, N> &table)
{
    for (const Enum value : table.values())
        if (table.fromCode(table.code(value)) != value)
            return false;
    return true;
}

/// Every value of an enum given as [first, last], through its free code functions.
template <typename Enum>
QStringList codesOf(int last, QString (*code)(Enum), std::optional<Enum> (*fromCode)(QStringView))
{
    QStringList codes;
    for (int i = 0; i <= last; ++i) {
        const auto value = static_cast<Enum>(i);
        const QString c = code(value);
        if (fromCode(c) != value)
            return {u"<%1 does not read back>"_s.arg(c)};
        codes.append(c);
    }
    return codes;
}

} // namespace

class tst_CodeTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBothWays()
    {
        QCOMPARE(kLights.code(Light::Red), u"red"_s);
        QCOMPARE(kLights.code(Light::Green), u"green"_s);
        QCOMPARE(kLights.fromCode(u"green"), Light::Green);
        QVERIFY(readsBack(kLights));
        QCOMPARE(kLights.values(), (QList<Light>{Light::Red, Light::Amber, Light::Green}));
    }

    void unknownReadsAsNothing()
    {
        QVERIFY(!kLights.fromCode(u"blue"));
        QVERIFY(!kLights.fromCode(u"Red")); // codes are exact: the contract is case-sensitive
        QVERIFY(!kLights.fromCode(u"re"));
        QVERIFY(!kLights.fromCode(u""));
        QVERIFY(!kLights.fromCode(QStringView()));
        QVERIFY(kLights.code(Light::Flashing).isEmpty());
    }

    void repeatsAreCaught()
    {
        constexpr CodeTable<Light, 2> twiceTheValue{{{{Light::Red, u"red"}, {Light::Red, u"rouge"}}}};
        constexpr CodeTable<Light, 2> twiceTheCode{{{{Light::Red, u"red"}, {Light::Amber, u"red"}}}};
        constexpr CodeTable<Light, 2> emptyCode{{{{Light::Red, u"red"}, {Light::Amber, u""}}}};
        static_assert(!twiceTheValue.isOneToOne());
        static_assert(!twiceTheCode.isOneToOne());
        static_assert(!emptyCode.isOneToOne());
        QVERIFY(!twiceTheCode.isOneToOne());
        // The first row wins, so a repeat would silently read back as the wrong value.
        QCOMPARE(twiceTheCode.fromCode(u"red"), Light::Red);
        QVERIFY(!readsBack(twiceTheCode));
    }

    void contractCodes()
    {
        using namespace pd::domain;
        QCOMPARE(codesOf<ItemType>(2, itemTypeCode, itemTypeFromCode),
                 (QStringList{u"news"_s, u"feature"_s, u"disclosure"_s}));
        QCOMPARE(codesOf<ColumnKind>(5, columnKindCode, columnKindFromCode),
                 (QStringList{u"news"_s, u"notice"_s, u"policy"_s, u"feature"_s, u"disclosure"_s, u"live"_s}));
        QCOMPARE(codesOf<ItemState>(8, itemStateCode, itemStateFromCode),
                 (QStringList{u"draft"_s, u"submitted"_s, u"approved"_s, u"scheduled"_s, u"published"_s,
                              u"rejected"_s, u"unpublished"_s, u"withdrawn"_s, u"archived"_s}));
        QCOMPARE(codesOf<WorkflowAction>(7, workflowActionCode, workflowActionFromCode),
                 (QStringList{u"submit"_s, u"approve"_s, u"reject"_s, u"publish"_s, u"schedule"_s, u"unpublish"_s,
                              u"withdraw"_s, u"archive"_s}));
        QCOMPARE(allWorkflowActions().size(), 8);
        QCOMPARE(codesOf<pd::checks::RuleKind>(4, pd::checks::ruleKindCode, pd::checks::ruleKindFromCode),
                 (QStringList{u"sensitive"_s, u"typo"_s, u"wording"_s, u"leader"_s, u"structure"_s}));
        QCOMPARE(codesOf<pd::checks::Severity>(1, pd::checks::severityCode, pd::checks::severityFromCode),
                 (QStringList{u"block"_s, u"warn"_s}));
        using pd::checks::TraditionalConverter;
        QCOMPARE(codesOf<TraditionalConverter::Variant>(3, TraditionalConverter::variantCode,
                                                        TraditionalConverter::variantFromCode),
                 (QStringList{u"s2t"_s, u"s2tw"_s, u"s2twp"_s, u"s2hk"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_CodeTable)
#include "tst_codetable.moc"
