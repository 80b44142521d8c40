// pd_bench_live_readers: many public readers of one live event, opened by cheap epoll client processes
// (ReaderSwarm, at most --per-process readers each so that none passes its open-file limit), then posts timed from
// the reporter's POST to the moment each reader has it.
//
//   embedded (default): one `portald --demo`, readers on its own /public/live/{event}/stream. Reports
//     live.embedded.readers_15k.* and live.embedded.reader_kb: portald's resident memory grown per idle reader.
//   production (--topology production --prefix live.readers_34k): the interview-day set-up started here — a
//     throw-away PostgreSQL (tests/support/with-postgres), two portald on it publishing to nginx with Nchan
//     (packaging/nginx, one worker per core); readers on Nchan's /public/live/{event}/events, posts through both
//     portald.
//
// Every figure also says how much CPU the reader processes took next to the server's, so a slow result can be told
// apart from a load generator that could not keep up.
#include "tests/bench/common/BenchLoop.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"
#include "tests/support/ReaderSwarm.h"
#include "tests/support/HttpProbe.h"
#include "tests/support/NginxFront.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QThread>

#include <cstdio>
#include <iostream>
#include <memory>
#include <sched.h>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using pd::bench::BenchLoop;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;
using pd::test::ReaderSwarm;

namespace {

constexpr int kWarmup = 2;
/// Readers per loopback address in front of Nchan: half of packaging/nginx's per-address cap (500).
constexpr int kReadersPerAddress = 250;

double cpuMsOfSelf()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0) +
           (double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
}

/// The worker: opens its readers, says `open <upgraded> <refused>`, then `seen <post>` whenever all of them have a
/// post, until `quit` on stdin; then one `times <post> <ns>…` line per post and `cpu <ms> <refused> <reset>`.
int runWorker(const QCommandLineParser &parser, const QCommandLineOption &portOpt, const QCommandLineOption &pathOpt,
              const QCommandLineOption &readersOpt, const QCommandLineOption &postsOpt,
              const QCommandLineOption &subprotocolOpt, const QCommandLineOption &sourcesOpt, const QString &policy)
{
    ReaderSwarm::raiseFileLimit();
    // The readers stand in for tens of thousands of machines elsewhere, not for work competing with the server. As
    // idle work they take only the CPU the server leaves: they never hold a core the server's burst wants, and
    // reading a whole burst's worth of sockets per wake-up costs them less than a wake-up per message. Batch work
    // never preempts the server when a reader wakes, but shares a core with it evenly.
    const sched_param none{};
    if (policy == u"idle"_s)
        sched_setscheduler(0, SCHED_IDLE, &none);
    else if (policy == u"batch"_s)
        sched_setscheduler(0, SCHED_BATCH, &none);
    ReaderSwarm::Config config;
    config.port = parser.value(portOpt).toInt();
    config.path = parser.value(pathOpt).toStdString();
    config.readers = parser.value(readersOpt).toInt();
    config.posts = parser.value(postsOpt).toInt();
    config.subprotocol = parser.value(subprotocolOpt).toStdString();
    config.sourceAddresses = std::max(1, parser.value(sourcesOpt).toInt());
    ReaderSwarm swarm(config);
    swarm.open(120'000);
    std::printf("open %d %d\n", swarm.upgraded(), swarm.refused());
    std::fflush(stdout);
    const double cpuAtOpen = cpuMsOfSelf();
    std::vector<bool> told(size_t(config.posts), false);
    std::string command;
    for (;;) {
        const bool input = swarm.poll(20, STDIN_FILENO);
        for (int i = 0; i < config.posts; ++i) {
            if (!told[size_t(i)] && swarm.seen(i) >= swarm.upgraded()) {
                told[size_t(i)] = true;
                std::printf("seen %d\n", i);
                std::fflush(stdout);
            }
        }
        if (input) {
            char buffer[256];
            const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (got <= 0)
                break;
            command.append(buffer, size_t(got));
            if (command.find("quit") != std::string::npos)
                break;
        }
    }
    for (int i = 0; i < config.posts; ++i) {
        std::string line = "times " + std::to_string(i);
        for (const int64_t t : swarm.timesOf(i))
            line += ' ' + std::to_string(t);
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    std::printf("cpu %.1f %d %d\n", cpuMsOfSelf() - cpuAtOpen, swarm.refused(), swarm.reset());
    std::fflush(stdout);
    return 0;
}

/// One reader process as the coordinator sees it.
struct Worker {
    std::unique_ptr<QProcess> process;
    QByteArray pending;
    int readers = 0;
    int upgraded = -1;
    int refused = 0;
    int reset = 0;
    double cpuMs = 0;
    bool done = false;
    std::vector<int> seen;
    std::vector<std::vector<qint64>> times;
};

void readLines(Worker &w)
{
    w.pending += w.process->readAllStandardOutput();
    qsizetype nl = 0;
    while ((nl = w.pending.indexOf('\n')) >= 0) {
        const QByteArray line = w.pending.left(nl);
        w.pending.remove(0, nl + 1);
        const QList<QByteArray> parts = line.split(' ');
        if (parts.first() == "open" && parts.size() == 3) {
            w.upgraded = parts.at(1).toInt();
            w.refused = parts.at(2).toInt();
        } else if (parts.first() == "seen" && parts.size() == 2) {
            w.seen.push_back(parts.at(1).toInt());
        } else if (parts.first() == "times" && parts.size() >= 2) {
            std::vector<qint64> t;
            t.reserve(size_t(parts.size()));
            for (qsizetype i = 2; i < parts.size(); ++i)
                t.push_back(parts.at(i).toLongLong());
            w.times.push_back(std::move(t));
        } else if (parts.first() == "cpu" && parts.size() == 4) {
            w.cpuMs = parts.at(1).toDouble();
            w.refused = parts.at(2).toInt();
            w.reset = parts.at(3).toInt();
            w.done = true;
        }
    }
}

/// utime + stime of a process in milliseconds, from /proc.
double cpuMsOf(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) * 1000.0 / ticks;
}

/// Context switches of a process so far (voluntary + involuntary, every thread), from /proc: a sender preempted by
/// every reader it wakes shows up here.
qint64 contextSwitchesOf(qint64 pid)
{
    qint64 sum = 0;
    const QStringList tasks = QDir(u"/proc/%1/task"_s.arg(pid)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile status(u"/proc/%1/task/%2/status"_s.arg(pid).arg(task));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:"))
                sum += line.mid(line.indexOf(':') + 1).trimmed().toLongLong();
        }
    }
    return sum;
}

double loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').first().toDouble() : -1;
}

} // namespace

/// The pids of a process's children (nginx's workers), from /proc.
QList<qint64> childrenOf(qint64 parent)
{
    QList<qint64> out;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            out.append(pid);
    }
    return out;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Many public live readers through cheap epoll client processes."_s);
    parser.addHelpOption();
    const QCommandLineOption readersOpt(u"readers"_s, u"Public readers."_s, u"n"_s, u"15000"_s);
    const QCommandLineOption postsOpt(u"posts"_s, u"Measured posts."_s, u"n"_s, u"20"_s);
    const QCommandLineOption perProcessOpt(u"per-process"_s, u"Readers per client process."_s, u"n"_s, u"8000"_s);
    const QCommandLineOption prefixOpt(u"prefix"_s, u"Figure id prefix."_s, u"id"_s, u"live.embedded.readers_15k"_s);
    const QCommandLineOption topologyOpt(
        u"topology"_s,
        u"embedded (one portald holds the readers) or production (nginx with Nchan, two portald, PostgreSQL)."_s,
        u"name"_s, u"embedded"_s);
    // As the admin guide's `worker_processes auto`: one worker per core. More workers than cores only take turns
    // on a core in the middle of a burst, each holding back its share of the readers.
    const QCommandLineOption nginxWorkersOpt(u"nginx-workers"_s,
                                             u"nginx worker processes (production; default: one per core)."_s,
                                             u"n"_s, QString::number(QThread::idealThreadCount()));
    const QCommandLineOption schedOpt(u"reader-scheduling"_s,
                                      u"idle (default: readers run on the CPU the server leaves), batch or normal."_s,
                                      u"policy"_s, u"idle"_s);
    const QCommandLineOption workerOpt(u"worker"_s, u"Internal: run as a reader process."_s);
    const QCommandLineOption portOpt(u"port"_s, u"Internal: server port."_s, u"port"_s);
    const QCommandLineOption pathOpt(u"path"_s, u"Internal: stream path."_s, u"path"_s);
    const QCommandLineOption subprotocolOpt(u"subprotocol"_s, u"Internal: WebSocket subprotocol."_s, u"name"_s);
    const QCommandLineOption sourcesOpt(u"sources"_s, u"Internal: loopback source addresses."_s, u"n"_s, u"1"_s);
    parser.addOptions({readersOpt, postsOpt, perProcessOpt, prefixOpt, topologyOpt, nginxWorkersOpt, schedOpt, workerOpt,
                       portOpt, pathOpt, subprotocolOpt, sourcesOpt});
    parser.process(app);
    if (parser.isSet(workerOpt))
        return runWorker(parser, portOpt, pathOpt, readersOpt, postsOpt, subprotocolOpt, sourcesOpt,
                         parser.value(schedOpt));

    const int readers = std::max(1, parser.value(readersOpt).toInt());
    const int posts = std::max(5, parser.value(postsOpt).toInt());
    const int perProcess = std::max(100, parser.value(perProcessOpt).toInt());
    const QString prefix = parser.value(prefixOpt);
    const bool production = parser.value(topologyOpt) == u"production"_s;
    const int total = kWarmup + posts;
    ReaderSwarm::raiseFileLimit();
    const QString sourceDir = qEnvironmentVariable("PD_SOURCE_DIR", QStringLiteral(PD_BENCH_SOURCE_DIR));

    if (production && qEnvironmentVariableIsEmpty("PD_TEST_PGHOST")) {
        // Two portald on one PostgreSQL: run again inside a throw-away cluster (tests/support/with-postgres).
        QProcess again;
        again.setProcessChannelMode(QProcess::ForwardedChannels);
        again.start(sourceDir + u"/tests/support/with-postgres"_s,
                    QStringList{QCoreApplication::applicationFilePath()} + QCoreApplication::arguments().mid(1));
        if (!again.waitForStarted(10'000))
            return 1;
        again.waitForFinished(-1);
        return again.exitCode();
    }

    // Every reader comes from loopback, so the per-address cap (a flood guard) is off for the measurement.
    std::vector<std::unique_ptr<pd::bench::BenchPortald>> portalds;
    portalds.push_back(std::make_unique<pd::bench::BenchPortald>(
        "pd_bench_live_readers", QStringList{u"--demo"_s, u"--stream-connections-per-address"_s, u"0"_s}));
    if (!portalds.front()->start())
        return 1;
    std::unique_ptr<pd::test::NginxFront> nginx;
    if (production) {
        if (const QString why = pd::test::NginxFront::missingNchan(); !why.isEmpty()) {
            std::fprintf(stderr, "pd_bench_live_readers: %s\n", qPrintable(why));
            return 1;
        }
        // The second portald shares the first one's database.
        portalds.push_back(std::make_unique<pd::bench::BenchPortald>(
            "pd_bench_live_readers", QStringList{u"--database"_s, portalds.front()->process().databaseUrl()}));
        if (!portalds.back()->start())
            return 1;
        nginx = std::make_unique<pd::test::NginxFront>(sourceDir);
        const int nginxWorkers = std::max(1, parser.value(nginxWorkersOpt).toInt());
        if (!nginx->configureNchan({portalds.at(0)->baseUrl(), portalds.at(1)->baseUrl()}, portalds.front()->process().dataDir() + u"/www"_s,
                          nginxWorkers, readers / nginxWorkers + 4000)
            || !nginx->start()) {
            std::fprintf(stderr, "pd_bench_live_readers: nginx did not start: %s\n", qPrintable(nginx->failure()));
            return 1;
        }
        // Both publish-ready (only the one holding the lock publishes); restarted with the option, same database.
        const QStringList publish{u"--nchan-publish"_s, nginx->publishUrl().toString()};
        portalds.at(0)->process().setExtraArgs(QStringList{u"--demo"_s} + publish);
        portalds.at(1)->process().setExtraArgs(QStringList{u"--database"_s, portalds.front()->process().databaseUrl()} + publish);
        for (auto &p : portalds) {
            if (!p->process().restart())
                return p->fail(u"portald did not restart: "_s + p->process().log());
        }
    }
    pd::bench::BenchPortald &portald = *portalds.front();
    const QUrl base = portald.baseUrl();
    pd::test::HttpProbe &http = portald.http();
    const qint64 eventId = portald.newLiveEvent({{u"title"_s, u"在线访谈压测"_s}});
    if (eventId <= 0)
        return 1;
    // The reporter posts through each portald in turn: readers get every post whichever instance took it.
    QStringList reporters;
    for (auto &p : portalds)
        reporters << p->login(u"reporter"_s);
    // One post before measuring, so whatever a first post allocates once (page rendering, caches) is not counted
    // per reader.
    http.json("POST", base.resolved(QUrl(u"/api/v1/live/events/%1/posts"_s.arg(eventId))), reporters.first(),
              QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s}, {u"text"_s, u"访谈即将开始。"_s}}));
    BenchLoop::idle(1000);
    const qint64 rssBefore = portald.process().residentKb();

    const quint16 streamPort = production ? nginx->port() : quint16(base.port());
    const QString streamPath = production ? u"/public/live/%1/events"_s.arg(eventId)
                                          : u"/public/live/%1/stream"_s.arg(eventId);
    // One loopback source address has ~28,000 ephemeral ports towards one server port; in front of Nchan, one
    // address may also hold only so many readers (packaging/nginx's per-address cap), so the readers come from
    // enough addresses to stay well below it, as a real audience does.
    const int perSource = production ? kReadersPerAddress : 20'000;
    const int sources = std::max(1, (readers + perSource - 1) / perSource);
    std::vector<Worker> workers((size_t(readers) + size_t(perProcess) - 1) / size_t(perProcess));
    int assigned = 0;
    for (size_t i = 0; i < workers.size(); ++i) {
        Worker &w = workers[i];
        w.readers = std::min(perProcess, readers - assigned);
        assigned += w.readers;
        w.process = std::make_unique<QProcess>();
        w.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(w.process.get(), &QProcess::readyReadStandardOutput, [&w] { readLines(w); });
        w.process->start(QCoreApplication::applicationFilePath(),
                         {u"--worker"_s, u"--port"_s, QString::number(streamPort), u"--path"_s, streamPath,
                          u"--readers"_s, QString::number(w.readers), u"--posts"_s, QString::number(total),
                          u"--sources"_s, QString::number(sources), u"--reader-scheduling"_s, parser.value(schedOpt)});
    }
    const bool opened = BenchLoop::waitFor([&] {
        return std::ranges::all_of(workers, [](const Worker &w) { return w.upgraded >= 0; });
    }, 180'000);
    int connected = 0;
    int refusedAtOpen = 0;
    for (const Worker &w : workers) {
        connected += std::max(0, w.upgraded);
        refusedAtOpen += w.refused;
    }
    std::fprintf(stderr, "pd_bench_live_readers: %d of %d readers connected, %d refused or unanswered\n", connected,
                 readers, refusedAtOpen);
    if (!opened || connected == 0)
        return 1;
    // Idle readers: let portald settle (its per-connection timers and buffers in place) before reading its memory.
    BenchLoop::idle(2000);
    const qint64 rssAfter = portald.process().residentKb();
    const double readerKb = double(rssAfter - rssBefore) / double(connected);
    std::fprintf(stderr, "pd_bench_live_readers: portald RSS %lld KiB before, %lld KiB with %d readers\n",
                 static_cast<long long>(rssBefore), static_cast<long long>(rssAfter), connected);

    // The server side's CPU: every portald, and nginx's master and workers.
    const auto serverCpu = [&] {
        double ms = 0;
        for (auto &p : portalds)
            ms += cpuMsOf(p->process().pid());
        if (nginx) {
            ms += cpuMsOf(nginx->masterPid());
            for (const qint64 worker : childrenOf(nginx->masterPid()))
                ms += cpuMsOf(worker);
        }
        return ms;
    };
    const double serverCpuStart = serverCpu();
    const qint64 switchesStart = contextSwitchesOf(portald.process().pid());
    QElapsedTimer wall;
    wall.start();
    QNetworkAccessManager nam;
    std::vector<qint64> sentNs(size_t(total), 0);
    int complete = 0;
    for (int i = 0; i < total; ++i) {
        const QByteArray body = QJsonDocument(QJsonObject{{u"kind"_s, u"text"_s},
                                                          {u"text"_s, u"主持人：欢迎各位网友 [bench:%1] 今天我们邀请到市交通局负责人。"_s.arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        const size_t via = size_t(i) % portalds.size();
        QNetworkRequest request(portalds.at(via)->baseUrl().resolved(QUrl(u"/api/v1/live/events/%1/posts"_s.arg(eventId))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + reporters.at(qsizetype(via)).toLatin1());
        sentNs[size_t(i)] = ReaderSwarm::nowNs();
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        const bool all = BenchLoop::waitFor([&] {
            return std::ranges::all_of(workers, [i](const Worker &w) {
                return std::ranges::find(w.seen, i) != w.seen.end();
            });
        }, 30'000);
        if (!all)
            std::fprintf(stderr, "pd_bench_live_readers: post %d did not reach every reader within 30 s\n", i);
        else
            ++complete;
    }
    const double wallMs = double(wall.elapsed());
    const double serverCpuMs = serverCpu() - serverCpuStart;
    const qint64 switches = contextSwitchesOf(portald.process().pid()) - switchesStart;
    for (Worker &w : workers)
        w.process->write("quit\n");
    BenchLoop::waitFor([&] { return std::ranges::all_of(workers, [](const Worker &w) { return w.done; }); }, 60'000);
    for (Worker &w : workers)
        w.process->waitForFinished(10'000);
    if (nginx)
        nginx->stop();
    for (auto &p : portalds)
        p->process().stop();

    QList<double> samples;
    double clientCpuMs = 0;
    int refused = 0;
    int reset = 0;
    qsizetype missing = 0;
    for (const Worker &w : workers) {
        clientCpuMs += w.cpuMs;
        refused += w.refused;
        reset += w.reset;
        for (size_t i = kWarmup; i < w.times.size(); ++i) {
            for (const qint64 t : w.times[i]) {
                if (t == 0)
                    ++missing;
                else
                    samples.append(double(t - sentNs[i]) / 1e6);
            }
        }
    }
    const BenchStats stats(samples);
    const double clientShare = 100.0 * clientCpuMs / std::max(1.0, clientCpuMs + serverCpuMs);
    std::fprintf(stderr,
                 "pd_bench_live_readers: %lld samples, %lld missing, %d refused, %d reset; p50 %.1f ms, p99 %.1f ms; "
                 "while posting the reader processes used %.0f ms CPU and the servers %.0f ms over %.0f ms (readers' "
                 "share %.0f%%, load %.2f); portald switched context %.0f times per post\n",
                 static_cast<long long>(samples.size()), static_cast<long long>(missing), refused, reset, stats.median(),
                 stats.percentile(99.0), clientCpuMs, serverCpuMs, wallMs, clientShare, loadAverage(),
                 double(switches) / double(total));
    FigureOutput::write(prefix + u".p50_ms"_s, stats.median(), u"ms"_s, stats.count());
    FigureOutput::write(prefix + u".p99_ms"_s, stats.percentile(99.0), u"ms"_s, stats.count());
    // Connected means there for the whole run: a reader reset on the way is not counted.
    FigureOutput::write(prefix + u".connected"_s, connected - reset, u"readers"_s, 1);
    FigureOutput::write(prefix + u".refused"_s, refused, u"readers"_s, 1);
    FigureOutput::write(prefix + u".reset"_s, reset, u"readers"_s, 1);
    FigureOutput::write(prefix + u".client_cpu_pct"_s, clientShare, u"%"_s, 1);
    if (!production)
        FigureOutput::write(u"live.embedded.reader_kb"_s, readerKb, u"KiB"_s, 1);
    // A run in which any reader was refused, reset or missed a post measured a smaller audience than it claims:
    // it fails, whatever its latencies.
    if (refused > 0 || reset > 0)
        std::fprintf(stderr, "pd_bench_live_readers: FAILED: %d readers refused, %d reset\n", refused, reset);
    return complete == total && missing == 0 && refused == 0 && reset == 0 ? 0 : 1;
}
