#include "server/auth/LoginThrottle.h"

#include <algorithm>

namespace pd::server {

LoginThrottle::LoginThrottle(int maxFailures, qint64 windowMs) : m_maxFailures(maxFailures), m_windowMs(windowMs)
{
    m_clock.start();
}

void LoginThrottle::prune(QList<qint64> &failures, qint64 now) const
{
    failures.removeIf([&](qint64 t) { return now - t >= m_windowMs; });
}

std::optional<int> LoginThrottle::retryAfter(const QString &key)
{
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return std::nullopt;
    const qint64 now = m_clock.elapsed();
    prune(*it, now);
    if (it->size() < m_maxFailures) {
        if (it->isEmpty())
            m_failures.erase(it);
        return std::nullopt;
    }
    const qint64 waitMs = it->first() + m_windowMs - now;
    return std::max<int>(1, int((waitMs + 999) / 1000));
}

void LoginThrottle::recordFailure(const QString &key)
{
    const qint64 now = m_clock.elapsed();
    // Bound memory under a spray of random names: drop every expired entry once the table grows large.
    if (m_failures.size() > 10'000) {
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            prune(*it, now);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
    }
    m_failures[key].append(now);
}

void LoginThrottle::reset(const QString &key)
{
    m_failures.remove(key);
}

} // namespace pd::server
