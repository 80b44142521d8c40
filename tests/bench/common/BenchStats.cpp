#include "tests/bench/common/BenchStats.h"

#include <algorithm>
#include <cmath>

namespace pd::bench {

BenchStats::BenchStats(QList<double> samples)
    : m_sorted(std::move(samples))
{
    std::ranges::sort(m_sorted);
}

double BenchStats::percentile(double p) const
{
    if (m_sorted.isEmpty())
        return 0.0;
    const auto n = m_sorted.size();
    const auto rank = qsizetype(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * double(n)));
    return m_sorted.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
}

} // namespace pd::bench
