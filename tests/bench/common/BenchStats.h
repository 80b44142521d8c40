#pragma once
#include <QList>

namespace pd::bench {

/// Order statistics over a list of samples (times in ms); an empty list gives 0.
class BenchStats
{
public:
    explicit BenchStats(QList<double> samples);

    [[nodiscard]] double median() const { return percentile(50.0); }
    /// Nearest-rank percentile, p in [0, 100]: the smallest sample with at least p % of samples at or below it.
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] qsizetype count() const { return m_sorted.size(); }

private:
    QList<double> m_sorted;
};

} // namespace pd::bench
