#pragma once

namespace pd::bench {

/// The calling thread's CPU time, for figures that must not count time spent waiting for other processes.
class BenchCpu
{
public:
    /// CPU time of the calling thread so far, in ms.
    [[nodiscard]] static double threadMs();
};

} // namespace pd::bench
