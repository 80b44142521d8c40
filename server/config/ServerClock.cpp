#include "server/config/ServerClock.h"

#include <QTimeZone>

namespace pd::server {

ServerClock::ServerClock(const QDateTime &start)
    : m_offsetMs(start.isValid() ? start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch() : 0)
{
}

QDateTime ServerClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, QTimeZone::UTC);
}

} // namespace pd::server
