// pd_bench_client: the client core's figures.
//  - client.cache_open.ms: a new CachedItemListModel over 100,000 cached items, load() until the newest rows show
//    (firstRowsShown), median; client.cache_index.ms: … until all 100,000 are in and filterable (loaded), median;
//  - client.cache_filter.p50_ms / p99_ms: one keystroke in the search box (setTextFilter) over those 100,000 items,
//    typing Chinese and Latin terms character by character and deleting them again;
//  - client.cache_rss.mb: resident memory of this process (LocalStore + model + index, Qt libraries included) with
//    the 100,000 items loaded;
//  - client.outbox_drain.s: 1,000 live posts queued in the outbox, delivered by OutboxSync to a real portald --demo
//    on loopback (a live event of the demo, signed in as its reporter), until drained.
#include "tests/bench/common/BenchCpu.h"
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "app/api/PortalClient.h"
#include "app/models/CachedItemListModel.h"
#include "app/store/LocalStore.h"
#include "app/sync/OutboxSync.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using pd::bench::BenchCpu;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// 100,000 summaries like a city portal's: news and disclosure items over three years, varied Chinese titles.
bool fillCache(pd::store::LocalStore &store, int count)
{
    const QStringList topics{u"临江市"_s, u"防汛"_s, u"营商环境"_s, u"教育"_s, u"医疗保障"_s, u"乡村振兴"_s,
                             u"交通"_s, u"住房"_s, u"就业"_s, u"生态环境"_s, u"食品安全"_s, u"政务公开"_s};
    const QStringList kinds{u"工作会议召开"_s, u"实施方案的通知"_s, u"情况通报"_s, u"政策解读"_s,
                            u"专项检查启动"_s, u"意见征集"_s, u"新闻发布会"_s};
    const QStringList states{u"published"_s, u"published"_s, u"published"_s, u"draft"_s, u"submitted"_s,
                             u"archived"_s};
    const QDateTime start = QDateTime(QDate(2023, 1, 1), QTime(8, 0), QTimeZone(8 * 3600));
    QList<QJsonObject> batch;
    for (int i = 1; i <= count; ++i) {
        const bool disclosure = i % 3 == 0;
        const QDateTime updated = start.addSecs(qint64(i) * 900);
        QJsonObject o{{u"id"_s, i},
                      {u"site"_s, 1},
                      {u"type"_s, disclosure ? u"disclosure"_s : u"news"_s},
                      {u"state"_s, states.at(i % states.size())},
                      {u"revision"_s, 1},
                      {u"title"_s, u"%1%2%3（第%4号）"_s.arg(topics.at(i % topics.size()), kinds.at((i / 7) % kinds.size()))
                                       .arg(i % 2 ? u"有关事项"_s : QString())
                                       .arg(i)},
                      {u"columns"_s, QJsonArray{1 + i % 12}},
                      {u"updatedAt"_s, updated.toString(Qt::ISODate)},
                      {u"publishedAt"_s, i % 2 ? QJsonValue(updated.toString(Qt::ISODate)) : QJsonValue()}};
        if (disclosure) {
            o.insert(u"indexNo"_s, u"11441700007280420Y/%1-%2"_s.arg(updated.date().year()).arg(i, 5, 10, QChar(u'0')));
            o.insert(u"topicCategory"_s, u"%1%2"_s.arg(1 + i % 22, 2, 10, QChar(u'0')).arg(i % 5 ? u"01"_s : QString()));
        }
        batch.append(o);
        if (batch.size() == 5000 || i == count) {
            if (!store.cacheItems(batch))
                return false;
            batch.clear();
        }
    }
    return true;
}

int benchCache(int items, int runs)
{
    QTemporaryDir dir;
    pd::store::LocalStore store;
    if (!store.open(dir.filePath(u"bench.sqlite"_s)) || !fillCache(store, items)) {
        std::fprintf(stderr, "cannot build the cache\n");
        return 1;
    }

    // Each run opens the list afresh, as a window would: a new model over the same database file.
    QList<double> open;
    QList<double> complete;
    std::unique_ptr<pd::models::CachedItemListModel> model;
    for (int run = 0; run < runs; ++run) {
        model = std::make_unique<pd::models::CachedItemListModel>();
        bool shown = false;
        bool loaded = false;
        QObject::connect(model.get(), &pd::models::CachedItemListModel::firstRowsShown, [&] { shown = true; });
        QObject::connect(model.get(), &pd::models::CachedItemListModel::loaded, [&] { loaded = true; });
        QElapsedTimer t;
        t.start();
        model->load(store.path(), 1);
        if (!BenchLoop::waitFor([&] { return shown || loaded; }, 60000)) {
            std::fprintf(stderr, "open timed out\n");
            return 1;
        }
        open.append(double(t.nsecsElapsed()) / 1e6);
        if (!BenchLoop::waitFor([&] { return loaded; }, 60000)) {
            std::fprintf(stderr, "load timed out\n");
            return 1;
        }
        complete.append(double(t.nsecsElapsed()) / 1e6);
    }
    if (model->totalCount() != items) {
        std::fprintf(stderr, "loaded %d of %d items\n", model->totalCount(), items);
        return 1;
    }
    FigureOutput::write(u"client.cache_open.ms"_s, BenchStats(open).median(), u"ms"_s, open.size());
    FigureOutput::write(u"client.cache_index.ms"_s, BenchStats(complete).median(), u"ms"_s, complete.size());
    FigureOutput::write(u"client.cache_rss.mb"_s, rssMb(), u"MB"_s, 1);

    // Typing and deleting search terms, one keystroke at a time.
    const QStringList terms{u"临江市防汛"_s, u"营商环境"_s, u"政策解读"_s, u"11441700007280420Y/2024"_s, u"第123"_s,
                            u"食品安全专项"_s};
    QList<double> keystrokes;
    QList<double> keystrokesCpu; // the same in CPU time of this thread: what it costs without a busy machine's waits
    const auto type = [&](const QString &text) {
        const double cpu0 = BenchCpu::threadMs();
        QElapsedTimer t;
        t.start();
        model->setTextFilter(text);
        keystrokes.append(double(t.nsecsElapsed()) / 1e6);
        keystrokesCpu.append(BenchCpu::threadMs() - cpu0);
    };
    for (int round = 0; round < 3; ++round) {
        for (const QString &term : terms) {
            for (qsizetype n = 1; n <= term.size(); ++n)
                type(term.left(n));
            for (qsizetype n = term.size() - 1; n >= 0; --n)
                type(term.left(n));
        }
    }
    const BenchStats filter(keystrokes);
    FigureOutput::write(u"client.cache_filter.p50_ms"_s, filter.median(), u"ms"_s, filter.count());
    FigureOutput::write(u"client.cache_filter.p99_ms"_s, filter.percentile(99), u"ms"_s, filter.count());
    FigureOutput::write(u"client.cache_filter.cpu_p99_ms"_s, BenchStats(keystrokesCpu).percentile(99), u"ms"_s,
                        keystrokesCpu.size());
    return 0;
}

int benchOutbox(int posts)
{
    pd::bench::BenchPortald portald("pd_bench_client");
    if (!portald.start(std::chrono::seconds(120)))
        return 1;
    const QString token = portald.login(u"reporter"_s);
    const auto events = portald.http().json("GET", portald.url(u"/api/v1/live/events"_s), token);
    const QJsonArray list = events.json.isArray() ? events.json.array() : events.json.object().value(u"items").toArray();
    qint64 eventId = 0;
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"state").toString() == u"live"_s)
            eventId = v.toObject().value(u"id").toInteger();
    if (eventId == 0) {
        std::fprintf(stderr, "no live event in the demo\n");
        return 1;
    }

    pd::api::PortalClient client;
    bool signedIn = false;
    client.login(portald.baseUrl(), u"reporter"_s, pd::bench::BenchPortald::password(), &client,
                 [&](pd::Result<pd::domain::User> r) { signedIn = r.has_value(); });
    if (!BenchLoop::waitFor([&] { return client.session().isSignedIn(); }, 30000) || !signedIn) {
        std::fprintf(stderr, "sign-in failed\n");
        return 1;
    }
    QTemporaryDir dir;
    pd::store::LocalStore store;
    if (!store.open(dir.filePath(u"outbox.sqlite"_s)))
        return 1;
    const QString path = u"/api/v1/live/events/%1/posts"_s.arg(eventId);
    for (int i = 1; i <= posts; ++i) {
        const QJsonObject body{{u"kind"_s, u"text"_s}, {u"text"_s, u"论坛现场第%1条：嘉宾围绕产业协同发展交流发言。"_s.arg(i)},
                               {u"speaker"_s, u"主持人"_s}};
        if (!store.enqueue(u"live:%1"_s.arg(eventId), "POST", path, body))
            return 1;
    }
    pd::sync::OutboxSync sync(store, client);
    int sent = 0;
    int refused = 0;
    QObject::connect(&sync, &pd::sync::OutboxSync::entrySent, [&] { ++sent; });
    QObject::connect(&sync, &pd::sync::OutboxSync::entryNeedsAttention,
                     [&](const pd::store::OutboxEntry &, const pd::Error &e) {
                         ++refused;
                         std::fprintf(stderr, "refused: %s\n", qPrintable(e.message));
                     });
    QElapsedTimer t;
    t.start();
    sync.start();
    if (!BenchLoop::waitFor([&] { return sent + refused >= posts; }, 600000) || refused > 0) {
        std::fprintf(stderr, "outbox not drained: %d sent, %d refused\n", sent, refused);
        return 1;
    }
    FigureOutput::write(u"client.outbox_drain.s"_s, double(t.nsecsElapsed()) / 1e9, u"s"_s, 1);
    portald.process().stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption itemsOpt(u"items"_s, u"Cached items."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Repetitions of the open."_s, u"n"_s, u"10"_s);
    const QCommandLineOption postsOpt(u"posts"_s, u"Live posts through the outbox."_s, u"n"_s, u"1000"_s);
    const pd::bench::BenchOptions options(app, u"The client core over a large cache, and the outbox drain."_s,
                                          {itemsOpt, runsOpt, postsOpt});
    if (const int rc = benchCache(options.atLeast(itemsOpt, 0), options.atLeast(runsOpt, 1)); rc != 0)
        return rc;
    return benchOutbox(options.atLeast(postsOpt, 0));
}
