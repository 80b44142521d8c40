#include "app/checks/RuleSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using namespace pd::checks;

class tst_RuleSet : public QObject
{
    Q_OBJECT

private slots:
    void codes()
    {
        for (RuleKind k : {RuleKind::Sensitive, RuleKind::Typo, RuleKind::Wording, RuleKind::Leader, RuleKind::Structure})
            QCOMPARE(ruleKindFromCode(ruleKindCode(k)), k);
        QCOMPARE(ruleKindCode(RuleKind::Wording), u"wording"_s);
        QCOMPARE(severityCode(Severity::Block), u"block"_s);
        QCOMPARE(severityFromCode(u"warn"), Severity::Warn);
        QCOMPARE(severityFromCode(u"error"), std::nullopt);
        QCOMPARE(ruleKindFromCode(u"Typo"), std::nullopt);
    }

    void roundTrip()
    {
        RuleSet set;
        set.version = 7;
        set.rules = {
            Rule{u"typo-1"_s, u"按装"_s, RuleKind::Typo, Severity::Warn, u"安装"_s, u"常见错别字"_s, {}, true},
            Rule{u"leader-1"_s, u"陈志远"_s, RuleKind::Leader, Severity::Block, u"市长陈志远"_s, u"临江市市长"_s,
                 {u"市长"_s}, true},
            Rule{u"off"_s, u"某词"_s, RuleKind::Sensitive, Severity::Block, {}, {}, {}, false},
        };
        set.allow = {u"既使得"_s};
        const QJsonObject json = set.toJson();
        QCOMPARE(json.value(u"rules").toArray().at(0).toObject().value(u"kind").toString(), u"typo"_s);
        QVERIFY(!json.value(u"rules").toArray().at(0).toObject().contains(u"titles"));
        QCOMPARE(json.value(u"rules").toArray().at(2).toObject().value(u"enabled").toBool(true), false);
        const Result<RuleSet> back = RuleSet::fromJson(json);
        QVERIFY(back);
        QCOMPARE(*back, set);
    }

    void invalidRules()
    {
        const QJsonObject json{
            {u"version"_s, 1},
            {u"rules"_s, QJsonArray{
                QJsonObject{{u"id"_s, u"a"_s}, {u"pattern"_s, u"x"_s}, {u"kind"_s, u"typo"_s}, {u"severity"_s, u"warn"_s}},
                QJsonObject{{u"id"_s, u"a"_s}, {u"pattern"_s, u"y"_s}, {u"kind"_s, u"typo"_s}, {u"severity"_s, u"warn"_s}},
                QJsonObject{{u"pattern"_s, u""_s}, {u"kind"_s, u"spelling"_s}, {u"severity"_s, u"fatal"_s}},
                QJsonObject{{u"id"_s, u"t"_s}, {u"pattern"_s, u"z"_s}, {u"kind"_s, u"typo"_s}, {u"severity"_s, u"warn"_s},
                            {u"titles"_s, QJsonArray{u"市长"_s}}},
            }}};
        const Result<RuleSet> r = RuleSet::fromJson(json);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Validation);
        QStringList fields;
        for (const FieldError &f : r.error().fields)
            fields.append(f.field);
        QCOMPARE(fields, (QStringList{u"rules[1].id"_s, u"rules[2].id"_s, u"rules[2].pattern"_s, u"rules[2].kind"_s,
                                      u"rules[2].severity"_s, u"rules[3].titles"_s}));
        // Structural checks are built in, never rules.
        const QJsonObject structure{{u"version"_s, 1}, {u"rules"_s, QJsonArray{QJsonObject{
            {u"id"_s, u"s"_s}, {u"pattern"_s, u"x"_s}, {u"kind"_s, u"structure"_s}, {u"severity"_s, u"warn"_s}}}}};
        QCOMPARE(RuleSet::fromJson(structure).error().fields.value(0).field, u"rules[0].kind"_s);
        QVERIFY(!RuleSet::fromJson(QJsonObject{{u"version"_s, 1}}));
        QVERIFY(!RuleSet::fromJson(QJsonObject{{u"rules"_s, QJsonArray{}}}));
        QVERIFY(RuleSet::fromJson(QJsonObject{{u"version"_s, 1}, {u"rules"_s, QJsonArray{}}}));
    }

    void mergeLocalRules()
    {
        RuleSet server;
        server.version = 4;
        server.rules = {Rule{u"a"_s, u"按装"_s, RuleKind::Typo, Severity::Warn, u"安装"_s, {}, {}, true},
                        Rule{u"b"_s, u"既使"_s, RuleKind::Typo, Severity::Warn, u"即使"_s, {}, {}, true}};
        server.allow = {u"既使得"_s};
        RuleSet local;
        local.rules = {Rule{u"b"_s, u"既使"_s, RuleKind::Typo, Severity::Warn, u"即使"_s, {}, {}, false},
                       Rule{u"mine"_s, u"帐号"_s, RuleKind::Typo, Severity::Warn, u"账号"_s, {}, {}, true}};
        local.allow = {u"既使得"_s, u"做为民"_s};
        const RuleSet merged = server.mergedWith(local);
        QCOMPARE(merged.version, 4);
        QCOMPARE(merged.rules.size(), 3);
        QCOMPARE(merged.rules.at(0), server.rules.at(0));
        QCOMPARE(merged.rules.at(1).enabled, false);
        QCOMPARE(merged.rules.at(2).id, u"mine"_s);
        QCOMPARE(merged.allow, (QStringList{u"既使得"_s, u"做为民"_s}));
        QCOMPARE(server.mergedWith(RuleSet{}), server);
    }

    void demoRuleSetLoads()
    {
        // The demo site's default rules (resources/demo/check-rules.json) must always be a valid rule set.
        QFile file(qEnvironmentVariable("PD_SOURCE_DIR") + u"/resources/demo/check-rules.json"_s);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const Result<RuleSet> set = RuleSet::fromJson(doc.object());
        QVERIFY2(set, qPrintable(set ? QString() : set.error().fields.value(0).field));
        int counts[5] = {};
        for (const Rule &r : set->rules)
            ++counts[int(r.kind)];
        QVERIFY(counts[int(RuleKind::Sensitive)] >= 10);
        QVERIFY(counts[int(RuleKind::Typo)] >= 80);
        QVERIFY(counts[int(RuleKind::Wording)] >= 15);
        QVERIFY(counts[int(RuleKind::Leader)] >= 4);
    }
};

QTEST_GUILESS_MAIN(tst_RuleSet)
#include "tst_ruleset.moc"
