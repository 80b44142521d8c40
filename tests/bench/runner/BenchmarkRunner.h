#pragma once
#include "tests/bench/runner/BenchmarkManifest.h"
#include "tests/bench/runner/Measurement.h"
#include "app/domain/Error.h"

#include <QHash>
#include <QProcessEnvironment>

namespace pd::bench {

/// Runs one benchmark program from the bin directory and collects the figures it prints (JSON lines on stdout);
/// its stderr goes straight to ours so progress and failures are visible.
class BenchmarkRunner
{
public:
    BenchmarkRunner(QString binDir, QHash<QString, QString> parameters, QProcessEnvironment environment);

    /// Fails when the program cannot start, times out, exits non-zero or leaves out a figure the manifest expects.
    [[nodiscard]] Result<QList<Measurement>> run(const BenchmarkSpec &spec) const;

private:
    QString m_binDir;
    QHash<QString, QString> m_parameters;
    QProcessEnvironment m_environment;
};

} // namespace pd::bench
