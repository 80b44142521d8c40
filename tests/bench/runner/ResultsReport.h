#pragma once
#include "tests/bench/runner/BenchmarkManifest.h"
#include "tests/bench/runner/Measurement.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace pd::bench {

/// Collects the figures of a bench run and renders them as results.json and as a table for people.
class ResultsReport
{
public:
    explicit ResultsReport(BenchmarkManifest manifest);

    void add(const Measurement &measurement);
    void addFailure(const QString &program, const QString &why);

    /// {"benchmarks": [{"id", "value", "unit", "target", "better", "runs"}]}; target is null when none is set.
    [[nodiscard]] QJsonDocument toJson() const;
    [[nodiscard]] QString table() const;
    [[nodiscard]] qsizetype missedTargets() const;
    [[nodiscard]] qsizetype failures() const { return m_failures.size(); }

private:
    [[nodiscard]] bool meetsTarget(const Measurement &m) const;

    BenchmarkManifest m_manifest;
    QList<Measurement> m_measurements;
    QStringList m_failures;
};

} // namespace pd::bench
