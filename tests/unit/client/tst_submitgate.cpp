// SubmitGate: a submit waits for the check of exactly what is submitted, is held back by a blocking finding (and
// only by one of severity Block), and goes through when the check cannot finish (no rules yet).
#include "app/checksclient/CheckRunner.h"
#include "app/editing/SubmitGate.h"
#include "tests/support/CheckSamples.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::checks::CheckRunner;
using pd::checks::Finding;
using pd::checks::RuleSet;
using pd::checks::Severity;
using pd::editing::SubmitGate;

namespace {

Finding finding(const QString &ruleId, Severity severity)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    return f;
}

/// A submit gate over a check runner, with spies on its two answers; the sample rules unless told otherwise.
struct Gate
{
    explicit Gate(bool withRules = true)
    {
        if (withRules)
            checks.setRuleSet(pd::test::CheckSamples::typoAndSensitive(1));
    }
    /// `text` typed into the title, then a submit requested.
    void submit(const QString &text)
    {
        checks.setText(u"title"_s, text);
        gate.request();
    }

    CheckRunner checks;
    SubmitGate gate{checks};
    QSignalSpy cleared{&gate, &SubmitGate::cleared};
    QSignalSpy blocked{&gate, &SubmitGate::blocked};
};

} // namespace

class tst_SubmitGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockingFindingHoldsTheSubmitBack()
    {
        Gate g;
        // Typed just now: the gate must wait for this text's check, not take the (empty) findings it has.
        g.submit(u"严厉打击网上博彩活动"_s);
        QVERIFY(g.gate.isWaiting());
        QTRY_COMPARE_WITH_TIMEOUT(g.blocked.count(), 1, 10000);
        QCOMPARE(g.cleared.count(), 0);
        const auto stop = g.blocked.constFirst().at(0).value<QList<Finding>>();
        QCOMPARE(stop.size(), 1);
        QCOMPARE(stop.constFirst().ruleId, u"sens-1"_s);
        QVERIFY(!g.gate.isWaiting());
    }

    void warningsDoNotHoldItBack()
    {
        Gate g;
        g.submit(u"截止目前已完成植树"_s);
        QTRY_COMPARE_WITH_TIMEOUT(g.cleared.count(), 1, 10000);
        QCOMPARE(g.blocked.count(), 0);
        QVERIFY(!g.checks.findings().isEmpty()); // the warning was found, and let through
    }

    void fixedTextGoesThrough()
    {
        Gate g;
        g.submit(u"严厉打击网上博彩活动"_s);
        QTRY_COMPARE_WITH_TIMEOUT(g.blocked.count(), 1, 10000);
        g.submit(u"严厉打击违法活动"_s);
        QTRY_COMPARE_WITH_TIMEOUT(g.cleared.count(), 1, 10000);
        QCOMPARE(g.blocked.count(), 1);
    }

    void uncheckedGoesThroughToTheServersCheck()
    {
        // No rules ever arrive (first start offline): the engine never compiles, the check never finishes.
        Gate g(false);
        g.gate.setLimit(std::chrono::milliseconds(200));
        g.submit(u"严厉打击网上博彩活动"_s);
        QVERIFY(g.cleared.wait(10000));
        QCOMPARE(g.blocked.count(), 0);
    }

    void secondRequestWhileWaitingIsDropped()
    {
        Gate g;
        g.submit(u"植树活动"_s);
        g.gate.request();
        QTRY_COMPARE_WITH_TIMEOUT(g.cleared.count(), 1, 10000);
        // Nothing further is on its way: a third request is answered on its own.
        g.gate.request();
        QTRY_COMPARE_WITH_TIMEOUT(g.cleared.count(), 2, 10000);
        QVERIFY(!g.gate.isWaiting());
    }

    void onlyBlockSeverityStops()
    {
        const QList<Finding> all{finding(u"a"_s, Severity::Warn), finding(u"b"_s, Severity::Block),
                                 finding(u"c"_s, Severity::Warn), finding(u"d"_s, Severity::Block)};
        const QList<Finding> stop = SubmitGate::blocking(all);
        QCOMPARE(stop.size(), 2);
        QCOMPARE(stop.at(0).ruleId, u"b"_s);
        QCOMPARE(stop.at(1).ruleId, u"d"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SubmitGate)
#include "tst_submitgate.moc"
