#pragma once
#include <QDateTime>

namespace pd::server {

/// portald's "now": the system clock, or a clock set to another moment that runs on from there (`--clock-start`).
/// Time-based rules (publication times, stale columns) read it, so a test or a demonstration can put the portal at
/// a chosen date instead of waiting for it.
class ServerClock
{
public:
    ServerClock() = default;
    /// A clock that reads `start` now and advances with the system clock.
    explicit ServerClock(const QDateTime &start);

    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] bool isShifted() const { return m_offsetMs != 0; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace pd::server
