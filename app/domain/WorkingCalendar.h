#pragma once
#include "app/domain/Error.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QTime>
#include <QTimeZone>

namespace pd::domain {

/// The review-queue light (亮灯): green, yellow in the last quarter of the time allowed, red when overdue.
enum class DeadlineLight { Green, Yellow, Red };

/// Office hours for review deadlines: working days, daily periods (default Mon–Fri 09:00–12:00 and 13:30–17:30),
/// public holidays and the weekend days that are worked instead (调休), in one fixed time zone (default UTC+8).
class WorkingCalendar
{
public:
    /// One working period of a day, [start, end).
    struct Period {
        QTime start;
        QTime end;
        friend bool operator==(const Period &, const Period &) = default;
    };

    WorkingCalendar();

    [[nodiscard]] QList<Qt::DayOfWeek> workingDays() const { return m_days; }
    void setWorkingDays(QList<Qt::DayOfWeek> days);
    [[nodiscard]] QList<Period> periods() const { return m_periods; }
    /// Fails (Validation) on an empty, inverted or overlapping period; the calendar is left unchanged then.
    Result<void> setPeriods(QList<Period> periods);
    [[nodiscard]] QSet<QDate> holidays() const { return m_holidays; }
    void setHolidays(QSet<QDate> dates) { m_holidays = std::move(dates); }
    /// Weekend dates that are working days (调休 make-up days).
    [[nodiscard]] QSet<QDate> extraWorkingDays() const { return m_extraDays; }
    void setExtraWorkingDays(QSet<QDate> dates) { m_extraDays = std::move(dates); }
    [[nodiscard]] QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    [[nodiscard]] bool isWorkingDay(QDate date) const;
    [[nodiscard]] bool isWorkingTime(const QDateTime &moment) const;

    /// The moment `hours` working hours after `start`, in start's time representation. Time outside the working
    /// periods does not count: a deadline runs across lunch, nights, weekends and holidays. Invalid when the
    /// calendar has no working time at all.
    [[nodiscard]] QDateTime addWorkingHours(const QDateTime &start, double hours) const;
    /// Working seconds in [from, to); negative when `to` is before `from`.
    [[nodiscard]] qint64 workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    /// The light for an item that entered its level at `start` and is due at `due`.
    [[nodiscard]] DeadlineLight light(const QDateTime &start, const QDateTime &due, const QDateTime &now) const;

    /// {"days": [1..7], "periods": [{"start": "09:00", "end": "12:00"}], "holidays": ["YYYY-MM-DD"],
    ///  "workdays": ["YYYY-MM-DD"], "utcOffsetMinutes": 480}; absent keys keep the defaults.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<WorkingCalendar> fromJson(const QJsonObject &json);

    /// The calendar a site's review deadlines count in: the site's own days, periods and zone (`siteHours`, its
    /// `workingHours` JSON) where it has set them, this calendar's otherwise; holidays and make-up days are this
    /// calendar's plus the site's, as the public holidays a deployment declares close every office of the group.
    /// This calendar unchanged when `siteHours` is empty or malformed.
    [[nodiscard]] WorkingCalendar forSite(const QJsonObject &siteHours) const;

private:
    struct LocalMoment {
        QDate date;
        QTime time;
    };
    /// `moment` as a date and time in the calendar's zone.
    [[nodiscard]] LocalMoment local(const QDateTime &moment) const;

    QList<Qt::DayOfWeek> m_days;
    QList<Period> m_periods;
    QSet<QDate> m_holidays;
    QSet<QDate> m_extraDays;
    QTimeZone m_zone;
};

} // namespace pd::domain
