// pd_bench_sweep: whole-site content sweeps on a real portald holding the demo site plus 10,000 generated published
// items and 10,000 generated check rules (`portald --generate-items --generate-rules`, straight into the data
// directory). Figures: items swept per second (start to done as the API reports it, pauses between turns included),
// and the editorial round trip create → submit → approve ×3 → publish while no sweep runs and while sweeps run one
// after another, with the ratio of the two 99th percentiles (a sweep must not stand in publishing's way).
#include "tests/bench/common/BenchClient.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchClient;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Generated items."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption rulesOpt(u"rules"_s, u"Generated check rules."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption requestsOpt(u"requests"_s, u"Measured publishing round trips per figure."_s, u"n"_s, u"300"_s);
    const pd::bench::BenchOptions options(app, u"portald whole-site sweeps: throughput and publishing beside them."_s,
                                          {itemsOpt, rulesOpt, requestsOpt});
    const int itemCount = options.atLeast(itemsOpt, 1);
    const int ruleCount = options.atLeast(rulesOpt, 1);
    const int count = options.atLeast(requestsOpt, 20);
    constexpr int warmup = 10;

    pd::bench::BenchPortald portald("pd_bench_sweep", {});
    if (!portald.generate({u"--demo"_s, u"--generate-items"_s, QString::number(itemCount), u"--generate-rules"_s,
                           QString::number(ruleCount)})
        || !portald.start(std::chrono::minutes(10)))
        return 1;
    BenchClient client(portald.baseUrl());
    BenchClient sweeper(portald.baseUrl()); // its own connection, so polling never queues behind publishing
    QHash<QString, QString> tokens;
    for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s}) {
        tokens.insert(who, portald.login(who));
        if (tokens.value(who).isEmpty())
            return 1;
    }
    const QString editor = tokens.value(u"editor"_s);
    const qint64 site = portald.fixture().siteId();
    const qint64 column = portald.fixture().site().columnNamed(u"要闻动态"_s);
    if (site <= 0 || column <= 0)
        return 1;

    // Throughput: one sweep from its start to done, polled every 20 ms on a connection of its own.
    auto startSweep = [&]() -> qint64 {
        const auto r = sweeper.expect(202, "POST", u"/api/v1/sites/%1/sweeps"_s.arg(site), {}, editor);
        return r ? r->object().value(u"id").toInteger() : 0;
    };
    auto stateOf = [&](qint64 id) -> QJsonObject {
        const auto r = sweeper.expect(200, "GET", u"/api/v1/sweeps/%1"_s.arg(id), {}, editor);
        return r ? r->object() : QJsonObject();
    };
    QElapsedTimer sweepClock;
    sweepClock.start();
    qint64 id = startSweep();
    if (id <= 0)
        return 1;
    QJsonObject state;
    for (;;) {
        state = stateOf(id);
        if (state.value(u"state").toString() != u"running"_s)
            break;
        QEventLoop pause;
        QTimer::singleShot(20, &pause, &QEventLoop::quit);
        pause.exec();
    }
    const double sweepSeconds = double(sweepClock.nsecsElapsed()) / 1e9;
    if (state.value(u"state").toString() != u"done"_s) {
        std::fprintf(stderr, "pd_bench_sweep: the sweep ended %s\n", qPrintable(state.value(u"state").toString()));
        return 1;
    }
    const double itemsPerSecond = state.value(u"checked").toDouble() / sweepSeconds;

    // Publishing: the whole editorial round trip, idle first, then with sweeps running back to back.
    int published = 0;
    auto roundTrip = [&]() -> std::optional<double> {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject draft{{u"site"_s, site},
                                {u"type"_s, u"news"_s},
                                {u"columns"_s, QJsonArray{column}},
                                {u"title"_s, u"临江市召开第%1次政务服务工作推进会"_s.arg(++published)},
                                {u"summary"_s, u"会议部署下一阶段政务服务改革重点任务。"_s},
                                {u"bodyHtml"_s, u"<p>会议听取了各部门工作汇报，研究部署下一阶段重点任务。</p>"_s},
                                {u"author"_s, u"市政府办公室"_s}};
        auto r = client.expect(201, "POST", u"/api/v1/items"_s, {}, editor, draft);
        if (!r)
            return std::nullopt;
        const QString transitions = u"/api/v1/items/%1/transitions"_s.arg(r->object().value(u"id").toInteger());
        const QList<std::pair<QString, QString>> steps{{u"editor"_s, u"submit"_s},    {u"reviewer1"_s, u"approve"_s},
                                                       {u"reviewer2"_s, u"approve"_s}, {u"reviewer3"_s, u"approve"_s},
                                                       {u"reviewer3"_s, u"publish"_s}};
        for (const auto &[who, action] : steps) {
            r = client.expect(200, "POST", transitions, {}, tokens.value(who), QJsonObject{{u"action"_s, action}}, r->etag);
            if (!r)
                return std::nullopt;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> idle;
    for (int i = 0; i < warmup + count; ++i) {
        const auto ms = roundTrip();
        if (!ms)
            return 1;
        if (i >= warmup)
            idle.append(*ms);
    }
    QList<double> during;
    int sweeps = 0;
    id = startSweep();
    while (during.size() < count) {
        if (stateOf(id).value(u"state").toString() != u"running"_s) {
            id = startSweep();
            ++sweeps;
            if (id <= 0)
                return 1;
        }
        const auto ms = roundTrip();
        if (!ms)
            return 1;
        // Only round trips that began and ended with a sweep running count.
        if (stateOf(id).value(u"state").toString() == u"running"_s)
            during.append(*ms);
    }
    portald.process().stop();

    const BenchStats idleStats(idle);
    const BenchStats duringStats(during);
    std::fprintf(stderr, "pd_bench_sweep: %d items in %.2f s; %d further sweeps while publishing\n",
                 state.value(u"checked").toInt(), sweepSeconds, sweeps);
    FigureOutput::write(u"sweep.items_per_s"_s, itemsPerSecond, u"items/s"_s, 1);
    FigureOutput::write(u"sweep.publish_idle.p99_ms"_s, idleStats.percentile(99), u"ms"_s, idleStats.count());
    FigureOutput::write(u"sweep.publish_during.p99_ms"_s, duringStats.percentile(99), u"ms"_s, duringStats.count());
    FigureOutput::write(u"sweep.publish_during.ratio"_s,
                        idleStats.percentile(99) > 0 ? duringStats.percentile(99) / idleStats.percentile(99) : 0.0,
                        u"x"_s, duringStats.count());
    return 0;
}
