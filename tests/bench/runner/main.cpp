// pd_bench_runner: runs every program listed in benchmarks.json, checks each reported the figures it declares,
// writes results.json and prints a table. Exit code 1 when a program failed (or, with --strict, a target was missed).
#include "tests/bench/runner/BenchmarkManifest.h"
#include "tests/bench/runner/BenchmarkRunner.h"
#include "tests/bench/runner/ResultsReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pd::bench;

namespace {

void say(const QString &text)
{
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the PortalDesk benchmarks and writes results.json."_s);
    parser.addHelpOption();
    const QCommandLineOption manifestOpt(u"manifest"_s, u"The list of benchmarks (tests/bench/benchmarks.json)."_s, u"file"_s);
    const QCommandLineOption binOpt(u"bin"_s, u"Where the benchmark programs, portald and portaldesk are."_s, u"dir"_s,
                                    QCoreApplication::applicationDirPath());
    const QCommandLineOption outputOpt(u"output"_s, u"Where to write results.json."_s, u"file"_s, u"build/bench/results.json"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Repetitions for start-up figures ({runs})."_s, u"n"_s, u"15"_s);
    const QCommandLineOption requestsOpt(u"requests"_s, u"Requests per latency figure ({requests})."_s, u"n"_s, u"300"_s);
    const QCommandLineOption onlyOpt(u"only"_s, u"Run only programs with a figure starting with this prefix."_s, u"prefix"_s);
    const QCommandLineOption strictOpt(u"strict"_s, u"Also fail when a figure misses its target."_s);
    parser.addOptions({manifestOpt, binOpt, outputOpt, runsOpt, requestsOpt, onlyOpt, strictOpt});
    parser.process(app);

    if (!parser.isSet(manifestOpt)) {
        say(u"pd_bench_runner: --manifest is required\n"_s);
        return 2;
    }
    QFile manifestFile(parser.value(manifestOpt));
    if (!manifestFile.open(QIODevice::ReadOnly)) {
        say(u"pd_bench_runner: cannot read %1\n"_s.arg(manifestFile.fileName()));
        return 2;
    }
    const auto manifest = BenchmarkManifest::fromJson(manifestFile.readAll());
    if (!manifest) {
        say(manifest.error().message + u'\n');
        return 2;
    }

    const QString binDir = QFileInfo(parser.value(binOpt)).absoluteFilePath();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // the programs find portald and portaldesk through these; a caller may point them elsewhere
    if (!env.contains(u"PORTALD_BIN"_s))
        env.insert(u"PORTALD_BIN"_s, QDir(binDir).filePath(u"portald"_s));
    if (!env.contains(u"PORTALDESK_BIN"_s))
        env.insert(u"PORTALDESK_BIN"_s, QDir(binDir).filePath(u"portaldesk"_s));
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);

    const QHash<QString, QString> parameters{{u"runs"_s, parser.value(runsOpt)}, {u"requests"_s, parser.value(requestsOpt)}};
    const BenchmarkRunner runner(binDir, parameters, env);
    ResultsReport report(*manifest);
    const QString only = parser.value(onlyOpt);

    for (const BenchmarkSpec &spec : manifest->benchmarks) {
        if (!only.isEmpty()
            && std::ranges::none_of(spec.figures, [&](const FigureSpec &f) { return f.id.startsWith(only); }))
            continue;
        say(u"== %1 %2\n"_s.arg(spec.program, BenchmarkManifest::expand(spec.args, parameters).join(u' ')));
        const auto measured = runner.run(spec);
        if (!measured) {
            say(u"   FAILED: %1\n"_s.arg(measured.error().message));
            report.addFailure(spec.program, measured.error().message);
            continue;
        }
        for (const Measurement &m : *measured)
            report.add(m);
    }

    const QString output = parser.value(outputOpt);
    QDir().mkpath(QFileInfo(output).absolutePath());
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.toJson().toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        say(u"pd_bench_runner: cannot write %1\n"_s.arg(output));
        return 1;
    }

    say(u"\n"_s + report.table());
    say(u"\nwritten to %1\n"_s.arg(output));
    if (report.missedTargets() > 0)
        say(u"%1 figure(s) missed their target\n"_s.arg(report.missedTargets()));
    if (report.failures() > 0)
        return 1;
    return parser.isSet(strictOpt) && report.missedTargets() > 0 ? 1 : 0;
}
