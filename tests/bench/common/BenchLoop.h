#pragma once
#include <functional>

namespace pd::bench {

/// The event loop of a benchmark program, turned until something holds. It sleeps until an event arrives, as the
/// desk's own loop does: a polling spin would take one of two cores from portald and the network thread while they
/// answer, and the figure would measure that.
class BenchLoop
{
public:
    /// Runs the event loop until `done` holds or `ms` pass; whether it held.
    static bool waitFor(const std::function<bool()> &done, int ms);
    /// Runs the event loop for `ms`, for what a step set off without a signal to wait for.
    static void idle(int ms);
};

} // namespace pd::bench
