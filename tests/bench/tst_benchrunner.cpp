// The bench runner's pieces: order statistics, benchmarks.json parsing, running a program and judging targets.
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/runner/BenchmarkManifest.h"
#include "tests/bench/runner/BenchmarkRunner.h"
#include "tests/bench/runner/ResultsReport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd::bench;

namespace {

const QByteArray manifestJson = R"({"benchmarks": [
    {"program": "sh", "args": ["-c", "{script}"], "timeoutSeconds": 20, "figures": [
        {"id": "a.ratio", "target": 10, "better": "lower"},
        {"id": "a.rate", "target": 100, "better": "higher"},
        {"id": "a.ms", "target": null}
    ]}
]})";

} // namespace

class tst_BenchRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stats()
    {
        QCOMPARE(BenchStats({}).median(), 0.0);
        QCOMPARE(BenchStats({5, 1, 3}).median(), 3.0);
        QCOMPARE(BenchStats({4, 1, 3, 2}).median(), 2.0); // nearest rank, never an invented value
        QList<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.append(i);
        const BenchStats s(hundred);
        QCOMPARE(s.count(), 100);
        QCOMPARE(s.percentile(50), 50.0);
        QCOMPARE(s.percentile(99), 99.0);
        QCOMPARE(s.percentile(100), 100.0);
        QCOMPARE(s.percentile(0), 1.0);
        QCOMPARE(BenchStats({7}).percentile(99), 7.0);
    }

    void manifest()
    {
        const auto m = BenchmarkManifest::fromJson(manifestJson);
        QVERIFY(m);
        QCOMPARE(m->benchmarks.size(), 1);
        QCOMPARE(m->benchmarks.first().timeoutSeconds, 20);
        QVERIFY(m->figure(u"a.ratio"_s));
        QCOMPARE(*m->figure(u"a.ratio"_s)->target, 10.0);
        QVERIFY(!m->figure(u"a.rate"_s)->lowerIsBetter);
        QVERIFY(!m->figure(u"a.ms"_s)->target);
        QVERIFY(!m->figure(u"b"_s));
        QCOMPARE(BenchmarkManifest::expand({u"--runs"_s, u"{runs}"_s, u"x{runs}y"_s}, {{u"runs"_s, u"12"_s}}),
                 (QStringList{u"--runs"_s, u"12"_s, u"x12y"_s}));

        QVERIFY(!BenchmarkManifest::fromJson("not json"));
        QVERIFY(!BenchmarkManifest::fromJson(R"({"benchmarks": []})"));
        QVERIFY(!BenchmarkManifest::fromJson(R"({"benchmarks": [{"figures": [{"id": "x"}]}]})"));
        QVERIFY(!BenchmarkManifest::fromJson(R"({"benchmarks": [{"program": "p", "figures": []}]})"));
        QVERIFY(!BenchmarkManifest::fromJson(
            R"({"benchmarks": [{"program": "p", "figures": [{"id": "x"}, {"id": "x"}]}]})"));
        QVERIFY(!BenchmarkManifest::fromJson(
            R"({"benchmarks": [{"program": "p", "figures": [{"id": "x", "better": "sideways"}]}]})"));
    }

    void theRealManifestParses()
    {
        QFile file(qEnvironmentVariable("PD_SOURCE_DIR") + u"/tests/bench/benchmarks.json"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto m = BenchmarkManifest::fromJson(file.readAll());
        QVERIFY2(m, m ? "" : qPrintable(m.error().message));
        for (const char *id : {"client.startup.ratio", "client.startup.ms", "hello.startup.ms", "server.session.p50_ms",
                               "server.session.p99_ms", "server.sites.p50_ms", "server.sites.p99_ms"})
            QVERIFY2(m->figure(QString::fromLatin1(id)), id);
        QCOMPARE(*m->figure(u"client.startup.ratio"_s)->target, 10.0);
    }

    void runsAProgramAndJudgesTargets()
    {
        const auto m = BenchmarkManifest::fromJson(manifestJson);
        QVERIFY(m);
        const QString script = uR"(echo 'warming up'; echo '{"id":"a.ratio","value":12.5,"unit":"x","runs":11}';
echo '{"id":"a.rate","value":250,"unit":"1/s","runs":11}'; echo '{"id":"a.ms","value":3.25,"unit":"ms","runs":11}')"_s;
        const BenchmarkRunner runner(u"/bin"_s, {{u"script"_s, script}}, QProcessEnvironment::systemEnvironment());
        const auto measured = runner.run(m->benchmarks.first());
        QVERIFY2(measured, measured ? "" : qPrintable(measured.error().message));
        QCOMPARE(measured->size(), 3);

        ResultsReport report(*m);
        for (const Measurement &x : *measured)
            report.add(x);
        QCOMPARE(report.missedTargets(), 1); // 12.5 > 10 with lower better; 250 >= 100 with higher better
        QCOMPARE(report.failures(), 0);
        const QJsonArray list = report.toJson().object().value(u"benchmarks").toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject ratio = list.at(0).toObject();
        QCOMPARE(ratio.keys().size(), 6);
        QCOMPARE(ratio.value(u"id").toString(), u"a.ratio"_s);
        QCOMPARE(ratio.value(u"value").toDouble(), 12.5);
        QCOMPARE(ratio.value(u"unit").toString(), u"x"_s);
        QCOMPARE(ratio.value(u"target").toDouble(), 10.0);
        QCOMPARE(ratio.value(u"better").toString(), u"lower"_s);
        QCOMPARE(ratio.value(u"runs").toInt(), 11);
        QCOMPARE(list.at(1).toObject().value(u"better").toString(), u"higher"_s);
        QVERIFY(list.at(2).toObject().value(u"target").isNull());
        QVERIFY(report.table().contains(u"MISSED"));

        report.add(Measurement{u"undeclared"_s, 1, u"ms"_s, 1});
        QCOMPARE(report.failures(), 1);
    }

    void failingOrIncompleteProgramsAreErrors()
    {
        const auto m = BenchmarkManifest::fromJson(manifestJson);
        QVERIFY(m);
        const BenchmarkSpec spec = m->benchmarks.first();
        const auto env = QProcessEnvironment::systemEnvironment();

        const auto missing = BenchmarkRunner(u"/bin"_s, {{u"script"_s, uR"(echo '{"id":"a.ratio","value":1}')"_s}}, env).run(spec);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"a.rate"));

        const QString all = uR"(echo '{"id":"a.ratio","value":1}' '{"id":"a.rate","value":1}' '{"id":"a.ms","value":1}' | tr ' ' '\n'; exit 3)"_s;
        const auto crashed = BenchmarkRunner(u"/bin"_s, {{u"script"_s, all}}, env).run(spec);
        QVERIFY(!crashed);
        QVERIFY(crashed.error().message.contains(u"exit code 3"));

        const auto absent = BenchmarkRunner(u"/nonexistent"_s, {}, env).run(spec);
        QVERIFY(!absent);
    }
};

QTEST_GUILESS_MAIN(tst_BenchRunner)
#include "tst_benchrunner.moc"
