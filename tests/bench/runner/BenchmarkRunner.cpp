#include "tests/bench/runner/BenchmarkRunner.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pd::bench {

BenchmarkRunner::BenchmarkRunner(QString binDir, QHash<QString, QString> parameters, QProcessEnvironment environment)
    : m_binDir(std::move(binDir))
    , m_parameters(std::move(parameters))
    , m_environment(std::move(environment))
{
}

Result<QList<Measurement>> BenchmarkRunner::run(const BenchmarkSpec &spec) const
{
    const QString program = QDir(m_binDir).filePath(spec.program);
    const QStringList args = BenchmarkManifest::expand(spec.args, m_parameters);

    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setInputChannelMode(QProcess::ForwardedInputChannel);
    process.start(program, args);
    if (!process.waitForStarted(30'000))
        return fail(ErrorCode::InvalidInput, u"%1 did not start: %2"_s.arg(program, process.errorString()));
    if (!process.waitForFinished(spec.timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5'000);
        return fail(ErrorCode::Timeout, u"%1 did not finish within %2 s"_s.arg(spec.program).arg(spec.timeoutSeconds));
    }

    QList<Measurement> measured;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"id").isString() && o.value(u"value").isDouble()) {
            measured.append(Measurement{o.value(u"id").toString(), o.value(u"value").toDouble(),
                                        o.value(u"unit").toString(), o.value(u"runs").toInteger()});
        } else if (!line.trimmed().isEmpty()) {
            std::fprintf(stdout, "  %s\n", line.constData()); // whatever else the program says, shown as is
        }
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(ErrorCode::Server, u"%1 failed (exit code %2)"_s.arg(spec.program).arg(process.exitCode()));

    for (const FigureSpec &f : spec.figures) {
        const bool found = std::ranges::any_of(measured, [&](const Measurement &m) { return m.id == f.id; });
        if (!found)
            return fail(ErrorCode::BadResponse, u"%1 did not report %2"_s.arg(spec.program, f.id));
    }
    return measured;
}

} // namespace pd::bench
