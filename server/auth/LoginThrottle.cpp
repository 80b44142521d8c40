#include "server/auth/LoginThrottle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

QString pairKey(const QString &account, const QString &address)
{
    return account + u'\n' + address;
}

} // namespace

LoginThrottle::LoginThrottle() : LoginThrottle(Limits{}) {}

LoginThrottle::LoginThrottle(Limits limits, Clock clock) : m_limits(limits), m_clock(std::move(clock))
{
    m_monotonic.start();
    if (!m_clock)
        m_clock = [this] { return m_monotonic.elapsed(); };
}

void LoginThrottle::prune(Times &times, qint64 horizon) const
{
    times.removeIf([horizon](qint64 t) { return t <= horizon; });
}

void LoginThrottle::sweep(qint64 now)
{
    // A spray of random names or addresses must not grow the tables for ever: drop what no longer counts.
    if (now - m_lastSweep < m_limits.windowMs)
        return;
    m_lastSweep = now;
    const auto drop = [this](QHash<QString, Times> &table, qint64 horizon) {
        table.removeIf([&](auto entry) {
            prune(entry.value(), horizon);
            return entry.value().isEmpty();
        });
    };
    drop(m_byAddress, now - m_limits.windowMs);
    drop(m_byAccountAddress, now - m_limits.windowMs);
    drop(m_byAccount, now - m_limits.accountWindowMs);
}

qint64 LoginThrottle::windowWait(QHash<QString, Times> &table, const QString &key, int max, qint64 now)
{
    const auto it = table.find(key);
    if (it == table.end())
        return 0;
    prune(*it, now - m_limits.windowMs);
    if (it->size() < max)
        return 0;
    return it->at(it->size() - max) + m_limits.windowMs - now;
}

qint64 LoginThrottle::accountWait(const QString &account, qint64 now)
{
    const auto it = m_byAccount.find(account);
    if (it == m_byAccount.end())
        return 0;
    prune(*it, now - m_limits.accountWindowMs);
    const qsizetype over = it->size() - m_limits.accountFree;
    if (over < 0)
        return 0;
    const qint64 delay = over >= 30 ? m_limits.accountMaxDelayMs
                                    : std::min<qint64>(m_limits.accountMaxDelayMs, qint64(1000) << over);
    return it->last() + delay - now;
}

std::optional<int> LoginThrottle::admit(const QString &account, const QString &address)
{
    const qint64 now = m_clock();
    sweep(now);
    const QString pair = pairKey(account, address);
    const qint64 waitMs = std::max({windowWait(m_byAddress, address, m_limits.perAddress, now),
                                    windowWait(m_byAccountAddress, pair, m_limits.perAccountAddress, now),
                                    accountWait(account, now)});
    if (waitMs > 0)
        return std::max<int>(1, int((waitMs + 999) / 1000));
    m_byAddress[address].append(now);
    m_byAccountAddress[pair].append(now);
    m_byAccount[account].append(now);
    return std::nullopt;
}

void LoginThrottle::succeeded(const QString &account, const QString &address)
{
    m_byAccountAddress.remove(pairKey(account, address));
    m_byAccount.remove(account);
    // The address keeps its other attempts: a right password for one account must not buy guesses at others.
    if (const auto it = m_byAddress.find(address); it != m_byAddress.end() && !it->isEmpty())
        it->removeLast();
}

} // namespace pd::server
