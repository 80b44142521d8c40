#include "plugins/livebroadcast/LiveSessionTimes.h"

namespace pd::livebroadcast {

LiveSessionTimes::LiveSessionTimes(QTimeZone zone)
    : m_zone(std::move(zone))
{
}

QDateTime LiveSessionTimes::local(const QDateTime &moment) const
{
    return moment.isValid() ? moment.toTimeZone(m_zone) : QDateTime();
}

QString LiveSessionTimes::displayText(const QDateTime &moment) const
{
    return moment.isValid() ? local(moment).toString(DisplayFormat) : QString();
}

QDateTime LiveSessionTimes::fromDisplayText(const QString &text) const
{
    const QDateTime read = QDateTime::fromString(text.trimmed(), DisplayFormat);
    return read.isValid() ? QDateTime(read.date(), read.time(), m_zone) : QDateTime();
}

QString LiveSessionTimes::wireText(const QDateTime &moment) const
{
    if (!moment.isValid())
        return {};
    // A fixed offset rather than the zone's name: portald reads ISO 8601, and the offset pins the instant.
    const QDateTime here = local(moment);
    return here.toOffsetFromUtc(here.offsetFromUtc()).toString(Qt::ISODate);
}

QString LiveSessionTimes::problem(const QString &session, const QDateTime &start, const QDateTime &end)
{
    if (start.isValid() && end.isValid() && end < start)
        return tr("The session “%1” ends before it starts: set its end after its start.").arg(session);
    return {};
}

} // namespace pd::livebroadcast
