#include "tests/bench/common/BenchCpu.h"

#include <ctime>

namespace pd::bench {

double BenchCpu::threadMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

} // namespace pd::bench
