#include "server/live/CommentRateLimiter.h"

#include <algorithm>

namespace pd::server {

std::optional<int> CommentRateLimiter::admit(const QString &address, qint64 nowMs)
{
    const qint64 horizon = nowMs - m_windowMs;
    // Forget idle addresses now and then so a flood of distinct addresses cannot grow the table for ever.
    if (nowMs - m_lastSweepMs > m_windowMs) {
        m_lastSweepMs = nowMs;
        m_recent.removeIf([horizon](const auto &entry) { return entry.value().isEmpty() || entry.value().last() <= horizon; });
    }
    QList<qint64> &times = m_recent[address];
    times.removeIf([horizon](qint64 t) { return t <= horizon; });
    if (times.size() >= m_max) {
        const qint64 waitMs = times.first() + m_windowMs - nowMs;
        return int(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    times.append(nowMs);
    return std::nullopt;
}

} // namespace pd::server
