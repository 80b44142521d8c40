// A content sweep over the demo site plus 2,000 generated items (`portald --generate-items` straight into the data
// directory, every 50th carrying a planted word in its title): progress is reported as it goes, a portald killed
// mid-sweep resumes from where it stopped after its restart, and the findings are exactly the planted items, each
// once. A rule added while a sweep runs makes it start over with the new rules. With 10,000 items the run takes well over a minute on a shared two-core machine (generating and rendering
// them is most of it), so the 10,000-item sweep is pd_bench_sweep's (make bench) and this test takes 2,000.
#include "tests/support/PortaldFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::PortaldFixture;

namespace {
constexpr int kGenerated = 2'000;
constexpr int kEvery = 50;
const QString kWord = u"巡检种子词"_s;
} // namespace

class TestSweepLarge : public QObject
{
    Q_OBJECT

private:
    // Small turns (20 items, 20 ms apart) so the sweep is still under way when the test kills portald.
    PortaldFixture m_portal{{u"--demo"_s, u"--sweep-batch"_s, u"20"_s, u"--sweep-pause-ms"_s, u"20"_s}};
    qint64 m_sweep = 0;

    QJsonObject sweep() { return m_portal.api("GET", u"/api/v1/sweeps/%1"_s.arg(m_sweep)).json.object(); }

private Q_SLOTS:
    void initTestCase()
    {
        // The demo and the generated items go into the data directory before portald serves it, in one process.
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        generator.start(qEnvironmentVariable("PORTALD_BIN"),
                        {u"--data"_s, m_portal.process().dataDir(), u"--demo"_s, u"--generate-items"_s,
                         QString::number(kGenerated), u"--generate-mark"_s, kWord, u"--generate-mark-every"_s,
                         QString::number(kEvery)});
        QVERIFY(generator.waitForFinished(180'000));
        QCOMPARE(generator.exitCode(), 0);
        QVERIFY2(m_portal.start(), m_portal.failure());
        const auto rule = m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s,
                                       QJsonDocument(QJsonObject{{u"pattern"_s, kWord},
                                                                 {u"kind"_s, u"wording"_s},
                                                                 {u"severity"_s, u"warn"_s}}));
        QCOMPARE(rule.status, 201);
    }

    void progressIsReportedAndARestartResumes()
    {
        const auto started = m_portal.api("POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_portal.siteId()));
        QCOMPARE(started.status, 202);
        m_sweep = started.json.object().value(u"id").toInteger();
        QVERIFY(started.json.object().value(u"total").toInt() > kGenerated);

        // Progress moves in steps the client can show.
        QSet<int> seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen.insert(sweep().value(u"checked").toInt()), sweep().value(u"checked").toInt() >= 500),
                                 60000);
        QVERIFY(seen.size() >= 2);
        const QJsonObject before = sweep();
        QCOMPARE(before.value(u"state").toString(), u"running"_s);
        const int checked = before.value(u"checked").toInt();
        QVERIFY(checked < before.value(u"total").toInt());

        m_portal.process().kill();
        QVERIFY(m_portal.process().restart());
        // Sessions are stored, so the fixture's tokens still hold after the restart.
        const QJsonObject resumed = sweep();
        QVERIFY2(resumed.value(u"checked").toInt() >= checked - 20, "at most the turn in flight is repeated");
        QTRY_COMPARE_WITH_TIMEOUT(sweep().value(u"state").toString(), u"done"_s, 120000);
        const QJsonObject done = sweep();
        QCOMPARE(done.value(u"checked").toInt(), done.value(u"total").toInt());
    }

    void findingsAreThePlantedItems()
    {
        const auto r = m_portal.api("GET", u"/api/v1/sweeps/%1/findings"_s.arg(m_sweep));
        QCOMPARE(r.status, 200);
        static const QRegularExpression numbered(u"（(\\d+)）"_s + kWord + u"$"_s);
        QSet<int> planted;
        QSet<qint64> items;
        int onWord = 0;
        for (const QJsonValue &v : r.json.object().value(u"items").toArray()) {
            const QJsonObject f = v.toObject();
            if (!f.value(u"excerpt").toString().contains(kWord))
                continue;
            ++onWord;
            QCOMPARE(f.value(u"field").toString(), u"title"_s);
            const qint64 item = f.value(u"item").toInteger();
            items.insert(item);
            const auto got = m_portal.api("GET", u"/api/v1/items/%1"_s.arg(item));
            const auto m = numbered.match(got.json.object().value(u"title").toString());
            QVERIFY2(m.hasMatch(), qPrintable(got.json.object().value(u"title").toString()));
            planted.insert(m.captured(1).toInt());
        }
        QSet<int> expected;
        for (int n = kEvery; n <= kGenerated; n += kEvery)
            expected.insert(n);
        QCOMPARE(planted, expected);
        QCOMPARE(onWord, int(expected.size())); // each once, the restart notwithstanding
        QCOMPARE(items.size(), expected.size());
    }

    void aRuleChangedMidSweepStartsItOver()
    {
        const auto started = m_portal.api("POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_portal.siteId()));
        QCOMPARE(started.status, 202);
        const qint64 id = started.json.object().value(u"id").toInteger();
        const int version = started.json.object().value(u"rulesVersion").toInt();
        auto state = [&] { return m_portal.api("GET", u"/api/v1/sweeps/%1"_s.arg(id)).json.object(); };
        QTRY_VERIFY_WITH_TIMEOUT(state().value(u"checked").toInt() >= 200, 60000);
        QCOMPARE(state().value(u"state").toString(), u"running"_s);
        // A narrower wording of the planted word: every planted title matches it too.
        const auto rule = m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s,
                                       QJsonDocument(QJsonObject{{u"pattern"_s, kWord.left(4)},
                                                                 {u"kind"_s, u"wording"_s},
                                                                 {u"severity"_s, u"warn"_s}}));
        QCOMPARE(rule.status, 201);
        const QString newRule = rule.json.object().value(u"rule").toObject().value(u"id").toString();
        QTRY_COMPARE_WITH_TIMEOUT(state().value(u"state").toString(), u"done"_s, 120000);
        const QJsonObject done = state();
        QCOMPARE(done.value(u"restarts").toInt(), 1);
        QVERIFY(done.value(u"rulesVersion").toInt() > version);
        QCOMPARE(done.value(u"checked").toInt(), done.value(u"total").toInt());
        // Both rules' findings, each planted item once per rule: nothing from before the restart left twice.
        QHash<QString, QSet<qint64>> byRule;
        int onWord = 0;
        const auto r = m_portal.api("GET", u"/api/v1/sweeps/%1/findings"_s.arg(id));
        for (const QJsonValue &v : r.json.object().value(u"items").toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(u"excerpt").toString().contains(kWord.left(4))) {
                byRule[f.value(u"ruleId").toString()].insert(f.value(u"item").toInteger());
                ++onWord;
            }
        }
        QCOMPARE(byRule.value(newRule).size(), kGenerated / kEvery);
        QCOMPARE(byRule.size(), 2);
        QCOMPARE(onWord, 2 * (kGenerated / kEvery));
    }
};

QTEST_GUILESS_MAIN(TestSweepLarge)
#include "tst_sweep_large.moc"
