// pd_bench_startup: how long portaldesk takes from process start to its main window being shown, signed in against
// a real portald, compared with a Qt Widgets hello-world built alongside. Both programs quit right after their
// window is first exposed (portaldesk --quit-after-shown), so both figures include process start-up and teardown
// alike and the ratio shows what PortalDesk adds. Runs alternate between the two to spread out machine noise.
#include "tests/bench/common/BenchOptions.h"
#include "tests/bench/common/BenchPortald.h"
#include "tests/bench/common/BenchStats.h"
#include "tests/bench/common/FigureOutput.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using pd::bench::BenchStats;
using pd::bench::FigureOutput;

namespace {

/// Runs program once; the wall time in ms, or nothing (after saying why on stderr) when it failed.
std::optional<double> timeOnce(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                               int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        std::fprintf(stderr, "%s did not finish in %d ms (%s)\n", qPrintable(program), timeoutMs,
                     qPrintable(process.errorString()));
        process.kill();
        process.waitForFinished(5'000);
        return std::nullopt;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed with exit code %d:\n%s\n", qPrintable(program), qPrintable(args.join(u' ')),
                     process.exitCode(), process.readAllStandardError().constData());
        return std::nullopt;
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QCommandLineOption runsOpt(u"runs"_s, u"Measured runs of each program (at least 10)."_s, u"n"_s, u"15"_s);
    const QCommandLineOption userOpt(u"user"_s, u"Demo account portaldesk signs in as."_s, u"name"_s, u"editor"_s);
    const pd::bench::BenchOptions options(app, u"portaldesk start-up time against a Qt Widgets hello-world."_s,
                                          {runsOpt, userOpt});
    const int runs = options.atLeast(runsOpt, 10);

    const QString client = FigureOutput::siblingProgram(u"portaldesk"_s, "PORTALDESK_BIN");
    const QString hello = FigureOutput::siblingProgram(u"pd_bench_hello"_s, "PD_BENCH_HELLO_BIN");

    pd::bench::BenchPortald portald("pd_bench_startup");
    if (!portald.start())
        return 1;

    // A private profile: the bench must neither read nor disturb the user's own PortalDesk settings and cache.
    QTemporaryDir profile;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, profile.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, profile.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, profile.filePath(u"cache"_s));
    env.insert(u"PORTALDESK_PASSWORD"_s, qEnvironmentVariable("PORTALDESK_PASSWORD", pd::bench::BenchPortald::password()));
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    // in Chinese, as its users run it: loading the zh_CN catalogue is part of a real start
    const QStringList clientArgs{u"--server"_s, portald.baseUrl().toString(), u"--user"_s, options.value(userOpt),
                                 u"--lang"_s, u"zh_CN"_s, u"--quit-after-shown"_s};
    constexpr int timeoutMs = 60'000;

    // one unmeasured run each: the first start pays for cold disk caches and the client's first-run setup
    if (!timeOnce(hello, {}, env, timeoutMs) || !timeOnce(client, clientArgs, env, timeoutMs))
        return 1;

    QList<double> helloMs;
    QList<double> clientMs;
    for (int i = 0; i < runs; ++i) {
        const auto h = timeOnce(hello, {}, env, timeoutMs);
        const auto c = timeOnce(client, clientArgs, env, timeoutMs);
        if (!h || !c)
            return 1;
        helloMs.append(*h);
        clientMs.append(*c);
        std::fprintf(stderr, "   run %2d: hello %7.1f ms   portaldesk %7.1f ms\n", i + 1, *h, *c);
    }
    portald.process().stop();

    const double helloMedian = BenchStats(helloMs).median();
    const double clientMedian = BenchStats(clientMs).median();
    FigureOutput::write(u"client.startup.ratio"_s, helloMedian > 0 ? clientMedian / helloMedian : 0.0, u"x"_s, runs);
    FigureOutput::write(u"client.startup.ms"_s, clientMedian, u"ms"_s, runs);
    FigureOutput::write(u"hello.startup.ms"_s, helloMedian, u"ms"_s, runs);
    return 0;
}
