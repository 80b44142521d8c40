// A content sweep over the demo site plus 10,000 generated items (`portald --generate-items` straight into the data
// directory, every 250th carrying a planted word in its title), as the inspection's acceptance asks: progress is
// reported as it goes, a portald killed mid-sweep resumes from where it stopped after its restart, and the findings
// are exactly the planted items, each once. A rule added while a sweep runs, and one changed after it finished, are
// taken up by re-reading only the items they could concern, with the result of a full sweep. Generating and rendering
// the items is a good part of the run (a few minutes on a shared two-core machine); pd_bench_sweep measures speed.
#include "tests/support/PortaldFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::test::PortaldFixture;

namespace {
constexpr int kGenerated = 10'000;
constexpr int kEvery = 250;
const QString kWord = u"巡检种子词"_s;
} // namespace

class tst_SweepLarge : public QObject
{
    Q_OBJECT

private:
    // Turns of at most 50 items, 10 ms apart: the sweep is still under way when the test kills portald.
    PortaldFixture m_portal{{u"--demo"_s, u"--sweep-batch"_s, u"50"_s, u"--sweep-pause-ms"_s, u"10"_s}};
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
        QElapsedTimer clock;
        clock.start();
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
        qInfo("%d items swept in %lld ms, a kill and restart included", done.value(u"total").toInt(), clock.elapsed());
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

    // A rule added mid-way and another changed after the sweep finished: the sweep re-reads only the checked items
    // that contain the rules' words, never starts over, and ends with exactly what a full sweep with the final rules
    // finds.
    void aRuleChangeReChecksOnlyWhatItCouldAffect()
    {
        const auto started = m_portal.api("POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_portal.siteId()));
        QCOMPARE(started.status, 202);
        const qint64 id = started.json.object().value(u"id").toInteger();
        const int total = started.json.object().value(u"total").toInt();
        auto state = [&](qint64 sweepId) {
            return m_portal.api("GET", u"/api/v1/sweeps/%1"_s.arg(sweepId)).json.object();
        };
        // Past the demo's items, into the generated ones, so some planted titles are behind the sweep.
        QTRY_VERIFY_WITH_TIMEOUT(state(id).value(u"checked").toInt() >= total - kGenerated / 2, 60000);
        QCOMPARE(state(id).value(u"state").toString(), u"running"_s);
        // Mid-way: a narrower wording of the planted word, which every planted title matches too.
        const auto added = m_portal.api("POST", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s,
                                        QJsonDocument(QJsonObject{{u"pattern"_s, kWord.left(4)},
                                                                  {u"kind"_s, u"wording"_s},
                                                                  {u"severity"_s, u"warn"_s}}));
        QCOMPARE(added.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(state(id).value(u"state").toString(), u"done"_s, 120000);
        QCOMPARE(state(id).value(u"rulesVersion").toInt(), added.json.object().value(u"version").toInt());

        // After it finished: the first rule now looks for the word's last three characters, as a typo that blocks.
        const auto rules = m_portal.api("GET", u"/api/v1/checks/rules?site=%1"_s.arg(m_portal.siteId()), u"admin"_s);
        QString firstRule;
        for (const QJsonValue &v : rules.json.object().value(u"rules").toArray())
            if (v.toObject().value(u"pattern").toString() == kWord)
                firstRule = v.toObject().value(u"id").toString();
        QVERIFY(!firstRule.isEmpty());
        const int version = rules.json.object().value(u"version").toInt();
        const auto changed = m_portal.api(
            "PUT", u"/api/v1/checks/rules/%1?site=%2"_s.arg(firstRule).arg(m_portal.siteId()), u"admin"_s,
            QJsonDocument(QJsonObject{{u"pattern"_s, kWord.mid(2)}, {u"kind"_s, u"typo"_s}, {u"severity"_s, u"block"_s}}),
            {{"If-Match", "\"" + QByteArray::number(version) + "\""}});
        QVERIFY2(changed.status == 200, changed.body.constData());
        QCOMPARE(state(id).value(u"state").toString(), u"running"_s); // it takes the change up at once
        QTRY_COMPARE_WITH_TIMEOUT(state(id).value(u"state").toString(), u"done"_s, 120000);
        const QJsonObject followed = state(id);
        QCOMPARE(followed.value(u"rulesVersion").toInt(), version + 1);
        QCOMPARE(followed.value(u"restarts").toInt(), 0);
        QCOMPARE(followed.value(u"rechecks").toInt(), 0);
        QCOMPARE(followed.value(u"checked").toInt(), total);
        // Starting over twice would have read the whole site three times. The two changes concern the 40 planted
        // titles (and the odd item holding numeric character references): those behind the sweep at the first
        // change, and all of them after it finished.
        const int reread = followed.value(u"itemsRead").toInt() - total;
        qInfo("items read: %d for %d published, %d re-read for two rule changes", followed.value(u"itemsRead").toInt(),
              total, reread);
        QVERIFY2(reread > kGenerated / kEvery, qPrintable(QString::number(reread)));
        QVERIFY2(reread < total / 4, qPrintable(QString::number(reread)));

        // The same findings as a sweep from scratch with the final rules.
        const auto full = m_portal.api("POST", u"/api/v1/sites/%1/sweeps"_s.arg(m_portal.siteId()));
        QCOMPARE(full.status, 202);
        const qint64 fullId = full.json.object().value(u"id").toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(state(fullId).value(u"state").toString(), u"done"_s, 120000);
        QCOMPARE(state(fullId).value(u"itemsRead").toInt(), state(fullId).value(u"total").toInt());
        const auto findings = [&](qint64 sweepId) {
            QStringList out;
            const auto r = m_portal.api("GET", u"/api/v1/sweeps/%1/findings"_s.arg(sweepId));
            for (const QJsonValue &v : r.json.object().value(u"items").toArray()) {
                QJsonObject f = v.toObject();
                for (const QString &key : {u"id"_s, u"sweep"_s, u"resolvedAt"_s})
                    f.remove(key);
                out.append(QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact)));
            }
            out.sort();
            return out;
        };
        const QStringList followedFindings = findings(id);
        const QStringList fullFindings = findings(fullId);
        QCOMPARE(followedFindings.size(), fullFindings.size());
        QCOMPARE(followedFindings, fullFindings);
        int newRule = 0;
        int typo = 0;
        for (const QString &f : fullFindings) {
            newRule += f.contains(added.json.object().value(u"rule").toObject().value(u"id").toString()) ? 1 : 0;
            typo += f.contains(u"\"ruleId\":\"%1\""_s.arg(firstRule)) ? 1 : 0;
        }
        QCOMPARE(newRule, kGenerated / kEvery);
        QCOMPARE(typo, kGenerated / kEvery);
    }
};

QTEST_GUILESS_MAIN(tst_SweepLarge)
#include "tst_sweep_large.moc"
