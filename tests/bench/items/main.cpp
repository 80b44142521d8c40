// pd_bench_items: item API latency of a real portald holding 100,000 items: the editorial round trip
// create → submit → approve ×3 → publish, pages of 50 (first page and pages reached by cursor) and full-text search
// `q=` with varied Chinese terms. The items come from `portald --demo --generate-items N`, which stores them like real
// ones (revisions, search index, columns), so the figures describe the database a busy site actually has.
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchClient.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchClient;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Terms an editor would look for on a city portal: places, policy words, people's concerns; some common, some rare.
const QStringList kSearchTerms = {
    u"政府"_s,   u"会议"_s,   u"经济"_s,   u"教育"_s,   u"医疗"_s,   u"交通"_s,   u"环境保护"_s, u"防汛"_s,
    u"疫苗"_s,   u"招聘"_s,   u"养老"_s,   u"住房"_s,   u"营商环境"_s, u"乡村振兴"_s, u"安全生产"_s, u"文明城市"_s,
    u"公示"_s,   u"通知"_s,   u"项目"_s,   u"市长"_s,   u"人民"_s,   u"发展"_s,   u"社区"_s,     u"学校"_s,
    u"科技创新"_s, u"旅游"_s, u"食品安全"_s, u"垃圾分类"_s, u"就业"_s, u"政务服务"_s, u"高质量"_s,  u"民生"_s,
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Generated items in the database."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption requestsOpt(u"requests"_s, u"Measured requests per figure."_s, u"n"_s, u"300"_s);
    const pd::bench::BenchOptions options(app, u"portald item API latency over 100,000 items."_s,
                                          {itemsOpt, requestsOpt});
    const int itemCount = options.atLeast(itemsOpt, 1);
    const int count = options.atLeast(requestsOpt, 20);
    constexpr int warmup = 10;

    // The demo site, the generated items and their pages go into the data directory before portald serves it. Its
    // start then only loads the public index (seconds); the generous limit is for a machine busy with other work.
    pd::bench::BenchPortald portald("pd_bench_items", {});
    // The demo site and the generated items; the same run renders their public pages, as a portal that published
    // them would have them.
    if (!portald.generate({u"--demo"_s, u"--generate-items"_s, QString::number(itemCount)}))
        return 1;
    QElapsedTimer startClock;
    startClock.start();
    if (!portald.start(std::chrono::minutes(10)))
        return 1;
    const double startMs = double(startClock.nsecsElapsed()) / 1e6;
    BenchClient client(portald.baseUrl());
    QHash<QString, QString> tokens;
    for (const QString &who : {u"editor"_s, u"reviewer1"_s, u"reviewer2"_s, u"reviewer3"_s}) {
        const QString token = portald.login(who);
        if (token.isEmpty())
            return 1;
        tokens.insert(who, token);
    }
    const QString editor = tokens.value(u"editor"_s);
    const qint64 site = portald.fixture().siteId();
    const qint64 column = portald.fixture().site().columnNamed(u"要闻动态"_s);
    if (site <= 0 || column <= 0) {
        std::fprintf(stderr, "pd_bench_items: no demo site or column 要闻动态\n");
        return 1;
    }

    // Round trip: every step one request, timed from the create to the publish answer.
    QList<double> roundTrips;
    for (int i = 0; i < warmup + count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QJsonObject draft{{u"site"_s, site},
                                {u"type"_s, u"news"_s},
                                {u"columns"_s, QJsonArray{column}},
                                {u"title"_s, u"临江市召开第%1次政务服务工作推进会"_s.arg(i + 1)},
                                {u"summary"_s, u"会议部署下一阶段政务服务改革重点任务。"_s},
                                {u"bodyHtml"_s, u"<p>会议听取了各部门工作汇报，研究部署下一阶段重点任务。</p>"_s},
                                {u"author"_s, u"市政府办公室"_s}};
        auto r = client.expect(201, "POST", u"/api/v1/items"_s, {}, editor, draft);
        if (!r)
            return 1;
        const qint64 id = r->object().value(u"id").toInteger();
        const QString transitions = u"/api/v1/items/%1/transitions"_s.arg(id);
        const QList<std::pair<QString, QString>> steps{{u"editor"_s, u"submit"_s},    {u"reviewer1"_s, u"approve"_s},
                                                       {u"reviewer2"_s, u"approve"_s}, {u"reviewer3"_s, u"approve"_s},
                                                       {u"reviewer3"_s, u"publish"_s}};
        for (const auto &[who, action] : steps) {
            r = client.expect(200, "POST", transitions, {}, tokens.value(who), QJsonObject{{u"action"_s, action}},
                              r->etag);
            if (!r)
                return 1;
        }
        if (r->object().value(u"state").toString() != u"published") {
            std::fprintf(stderr, "pd_bench_items: item %lld ended as %s\n", id,
                         qPrintable(r->object().value(u"state").toString()));
            return 1;
        }
        if (i >= warmup)
            roundTrips.append(double(timer.nsecsElapsed()) / 1e6);
    }

    // Pages of 50: the first page, then following the cursor deep into the list (restarting at the end).
    QList<double> pages;
    QString cursor;
    for (int i = 0; i < warmup + count; ++i) {
        QUrlQuery query{{u"limit"_s, u"50"_s}};
        if (!cursor.isEmpty() && i % 10 != 0)
            query.addQueryItem(u"cursor"_s, cursor);
        const auto r = client.expect(200, "GET", u"/api/v1/items"_s, query, editor);
        if (!r)
            return 1;
        const QJsonObject page = r->object();
        if (page.value(u"items").toArray().size() != 50) {
            std::fprintf(stderr, "pd_bench_items: a page held %lld items, not 50\n",
                         qint64(page.value(u"items").toArray().size()));
            return 1;
        }
        cursor = page.value(u"nextCursor").toString();
        if (i >= warmup)
            pages.append(r->ms);
    }

    // Search: terms cycle so each is asked several times, as different editors would.
    QList<double> searches;
    qint64 hits = 0;
    for (int i = 0; i < warmup + count; ++i) {
        const QUrlQuery query{{u"q"_s, kSearchTerms.at(i % kSearchTerms.size())}, {u"limit"_s, u"50"_s}};
        const auto r = client.expect(200, "GET", u"/api/v1/items"_s, query, editor);
        if (!r)
            return 1;
        hits += r->object().value(u"items").toArray().size();
        if (i >= warmup)
            searches.append(r->ms);
    }
    if (hits == 0) {
        std::fprintf(stderr, "pd_bench_items: no search term found anything\n");
        return 1;
    }
    portald.process().stop();

    const BenchStats rt(roundTrips);
    const BenchStats pg(pages);
    const BenchStats se(searches);
    FigureOutput::write(u"server.items_start.ms"_s, startMs, u"ms"_s, 1);
    FigureOutput::write(u"server.item_roundtrip.p50_ms"_s, rt.median(), u"ms"_s, rt.count());
    FigureOutput::write(u"server.item_roundtrip.p99_ms"_s, rt.percentile(99), u"ms"_s, rt.count());
    FigureOutput::write(u"server.items_page.p50_ms"_s, pg.median(), u"ms"_s, pg.count());
    FigureOutput::write(u"server.items_page.p99_ms"_s, pg.percentile(99), u"ms"_s, pg.count());
    FigureOutput::write(u"server.items_search.p50_ms"_s, se.median(), u"ms"_s, se.count());
    FigureOutput::write(u"server.items_search.p99_ms"_s, se.percentile(99), u"ms"_s, se.count());
    return 0;
}
