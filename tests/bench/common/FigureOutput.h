#pragma once
#include <QString>

namespace pd::bench {

/// How a benchmark program reports a figure to the runner: one JSON object per line on stdout,
/// {"id", "value", "unit", "runs"}; the runner adds the target and the direction from benchmarks.json.
class FigureOutput
{
public:
    static void write(const QString &id, double value, const QString &unit, qsizetype runs);
    /// The path of a program built alongside the benchmarks (same bin directory), or $envVar when set.
    [[nodiscard]] static QString siblingProgram(const QString &name, const char *envVar);
};

} // namespace pd::bench
