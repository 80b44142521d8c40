#pragma once
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace pd::livebroadcast {

/// The times of a live event's sessions as the event dialog shows and takes them: in the desk's time zone to the
/// minute ("2026-12-08 15:00" for portald's "2026-12-08T07:00:00Z" on a desk in Beijing), and back on the wire in
/// ISO 8601 with the zone's offset ("2026-12-08T15:00:00+08:00"), so a time shown and saved again is the same
/// instant.
class LiveSessionTimes
{
    Q_DECLARE_TR_FUNCTIONS(LiveSessionTimes)

public:
    /// How a session's time is shown and typed.
    static constexpr QStringView DisplayFormat = u"yyyy-MM-dd HH:mm";

    /// zone: the desk's time zone (the machine's unless a test names one).
    explicit LiveSessionTimes(QTimeZone zone = QTimeZone::LocalTime);

    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    /// The same instant in the desk's zone; invalid stays invalid.
    [[nodiscard]] QDateTime local(const QDateTime &moment) const;
    /// "yyyy-MM-dd HH:mm" in the desk's zone; empty for an invalid time.
    [[nodiscard]] QString displayText(const QDateTime &moment) const;
    /// A time typed as "yyyy-MM-dd HH:mm", read in the desk's zone; invalid when it is not one.
    [[nodiscard]] QDateTime fromDisplayText(const QString &text) const;
    /// ISO 8601 with the desk zone's offset at that instant, to the second; empty for an invalid time.
    [[nodiscard]] QString wireText(const QDateTime &moment) const;
    /// What is wrong with a session running from `start` to `end` (either may be unset), for the person to put
    /// right before saving; empty when nothing is.
    [[nodiscard]] static QString problem(const QString &session, const QDateTime &start, const QDateTime &end);

private:
    QTimeZone m_zone;
};

} // namespace pd::livebroadcast
