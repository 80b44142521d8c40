#include "app/domain/WorkingCalendar.h"

#include "app/domain/EpochDay.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

// China has one time zone and no daylight saving; a fixed offset needs no tz database on the machine.
constexpr int kDefaultUtcOffsetSeconds = 8 * 3600;
// A calendar with working days but all of them holidays must not loop forever.
constexpr int kMaxDaysSearched = 3 * 366;

std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    Error e = Error::make(ErrorCode::Validation, message);
    e.fields.append(FieldError{field, message});
    return std::unexpected(std::move(e));
}

qint64 overlapSeconds(QTime aStart, QTime aEnd, QTime bStart, QTime bEnd)
{
    const QTime s = std::max(aStart, bStart);
    const QTime e = std::min(aEnd, bEnd);
    return s < e ? s.secsTo(e) : 0;
}

} // namespace

WorkingCalendar::LocalMoment WorkingCalendar::local(const QDateTime &moment) const
{
    // The review queue computes lights for thousands of items on every load; QDateTime::toTimeZone costs an
    // allocation and a zone lookup each time, while a fixed offset (the normal case) is plain arithmetic.
    if (m_zone.timeSpec() == Qt::OffsetFromUTC || m_zone.timeSpec() == Qt::UTC) {
        const auto [date, msOfDay] =
            EpochDay::split(moment.toMSecsSinceEpoch() + qint64(m_zone.fixedSecondsAheadOfUtc()) * 1000);
        return {date, QTime::fromMSecsSinceStartOfDay(msOfDay)};
    }
    const QDateTime converted = moment.toTimeZone(m_zone);
    return {converted.date(), converted.time()};
}

WorkingCalendar::WorkingCalendar()
    : m_days{Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday}
    , m_periods{{QTime(9, 0), QTime(12, 0)}, {QTime(13, 30), QTime(17, 30)}}
    , m_zone(QTimeZone::fromSecondsAheadOfUtc(kDefaultUtcOffsetSeconds))
{
}

void WorkingCalendar::setWorkingDays(QList<Qt::DayOfWeek> days)
{
    std::ranges::sort(days);
    days.erase(std::unique(days.begin(), days.end()), days.end());
    m_days = std::move(days);
}

Result<void> WorkingCalendar::setPeriods(QList<Period> periods)
{
    std::ranges::sort(periods, [](const Period &a, const Period &b) { return a.start < b.start; });
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Period &p = periods.at(i);
        if (!p.start.isValid() || !p.end.isValid() || p.start >= p.end)
            return invalid(u"periods"_s, QCoreApplication::translate("pd::domain",
                                                                     "A working period must end after it starts."));
        if (i > 0 && periods.at(i - 1).end > p.start)
            return invalid(u"periods"_s,
                           QCoreApplication::translate("pd::domain", "Working periods must not overlap."));
    }
    m_periods = std::move(periods);
    return {};
}

bool WorkingCalendar::isWorkingDay(QDate date) const
{
    if (m_holidays.contains(date))
        return false;
    if (m_extraDays.contains(date))
        return true;
    return m_days.contains(static_cast<Qt::DayOfWeek>(date.dayOfWeek()));
}

bool WorkingCalendar::isWorkingTime(const QDateTime &moment) const
{
    const LocalMoment at = local(moment);
    if (!isWorkingDay(at.date))
        return false;
    const QTime t = at.time;
    return std::ranges::any_of(m_periods, [t](const Period &p) { return p.start <= t && t < p.end; });
}

QDateTime WorkingCalendar::addWorkingHours(const QDateTime &start, double hours) const
{
    if (!start.isValid() || !std::isfinite(hours))
        return {};
    qint64 remaining = std::llround(hours * 3600.0);
    if (remaining <= 0)
        return start;

    const LocalMoment at = local(start);
    QDate date = at.date;
    QTime from = at.time;
    for (int day = 0; day <= kMaxDaysSearched; ++day) {
        if (isWorkingDay(date)) {
            for (const Period &p : m_periods) {
                if (from >= p.end)
                    continue;
                const QTime begin = std::max(from, p.start);
                const qint64 available = begin.secsTo(p.end);
                if (remaining <= available)
                    return QDateTime(date, begin.addSecs(remaining), m_zone).toTimeZone(start.timeRepresentation());
                remaining -= available;
            }
        }
        date = date.addDays(1);
        from = QTime(0, 0);
    }
    return {};
}

qint64 WorkingCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -workingSecondsBetween(to, from);

    const LocalMoment a = local(from);
    const LocalMoment b = local(to);
    qint64 total = 0;
    for (QDate date = a.date; date <= b.date; date = date.addDays(1)) {
        if (!isWorkingDay(date))
            continue;
        const QTime dayStart = date == a.date ? a.time : QTime(0, 0);
        const bool lastDay = date == b.date;
        for (const Period &p : m_periods) {
            // On the last day the window ends at b's time; before it, a period runs to its end.
            const QTime dayEnd = lastDay ? b.time : p.end;
            total += overlapSeconds(dayStart, dayEnd, p.start, p.end);
        }
    }
    return total;
}

DeadlineLight WorkingCalendar::light(const QDateTime &start, const QDateTime &due, const QDateTime &now) const
{
    if (now >= due)
        return DeadlineLight::Red;
    const qint64 allowed = workingSecondsBetween(start, due);
    const qint64 left = workingSecondsBetween(now, due);
    if (allowed > 0 && left * 4 <= allowed)
        return DeadlineLight::Yellow;
    return DeadlineLight::Green;
}

QJsonObject WorkingCalendar::toJson() const
{
    QJsonArray days;
    for (Qt::DayOfWeek d : m_days)
        days.append(static_cast<int>(d));
    QJsonArray periods;
    for (const Period &p : m_periods)
        periods.append(QJsonObject{{u"start"_s, p.start.toString(u"HH:mm")}, {u"end"_s, p.end.toString(u"HH:mm")}});
    auto dates = [](const QSet<QDate> &set) {
        QList<QDate> sorted(set.begin(), set.end());
        std::ranges::sort(sorted);
        QJsonArray out;
        for (QDate d : sorted)
            out.append(d.toString(Qt::ISODate));
        return out;
    };
    return QJsonObject{{u"days"_s, days},
                       {u"periods"_s, periods},
                       {u"holidays"_s, dates(m_holidays)},
                       {u"workdays"_s, dates(m_extraDays)},
                       {u"utcOffsetMinutes"_s, m_zone.fixedSecondsAheadOfUtc() / 60}};
}

Result<WorkingCalendar> WorkingCalendar::fromJson(const QJsonObject &json)
{
    WorkingCalendar cal;
    if (json.contains(u"days")) {
        QList<Qt::DayOfWeek> days;
        for (const QJsonValue &v : json.value(u"days").toArray()) {
            const int d = v.toInt(0);
            if (d < 1 || d > 7)
                return invalid(u"days"_s,
                               QCoreApplication::translate("pd::domain", "Working days are numbered 1 (Monday) to 7."));
            days.append(static_cast<Qt::DayOfWeek>(d));
        }
        cal.setWorkingDays(std::move(days));
    }
    if (json.contains(u"periods")) {
        QList<Period> periods;
        for (const QJsonValue &v : json.value(u"periods").toArray()) {
            const QJsonObject o = v.toObject();
            periods.append(Period{QTime::fromString(o.value(u"start").toString(), u"HH:mm"),
                                  QTime::fromString(o.value(u"end").toString(), u"HH:mm")});
        }
        if (Result<void> r = cal.setPeriods(std::move(periods)); !r)
            return std::unexpected(r.error());
    }
    auto readDates = [](const QJsonValue &value, QSet<QDate> &out) {
        for (const QJsonValue &v : value.toArray()) {
            const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid())
                return false;
            out.insert(d);
        }
        return true;
    };
    QSet<QDate> holidays;
    QSet<QDate> workdays;
    if (!readDates(json.value(u"holidays"), holidays))
        return invalid(u"holidays"_s, QCoreApplication::translate("pd::domain", "Dates are written YYYY-MM-DD."));
    if (!readDates(json.value(u"workdays"), workdays))
        return invalid(u"workdays"_s, QCoreApplication::translate("pd::domain", "Dates are written YYYY-MM-DD."));
    cal.setHolidays(std::move(holidays));
    cal.setExtraWorkingDays(std::move(workdays));
    if (json.contains(u"utcOffsetMinutes")) {
        const int minutes = json.value(u"utcOffsetMinutes").toInt(kDefaultUtcOffsetSeconds / 60);
        if (minutes < -14 * 60 || minutes > 14 * 60)
            return invalid(u"utcOffsetMinutes"_s,
                           QCoreApplication::translate("pd::domain", "The UTC offset is out of range."));
        cal.setTimeZone(QTimeZone::fromSecondsAheadOfUtc(minutes * 60));
    }
    return cal;
}

WorkingCalendar WorkingCalendar::forSite(const QJsonObject &siteHours) const
{
    if (siteHours.isEmpty())
        return *this;
    auto site = fromJson(siteHours);
    if (!site)
        return *this;
    WorkingCalendar cal = *this;
    if (siteHours.contains(u"days"))
        cal.m_days = site->m_days;
    if (siteHours.contains(u"periods"))
        cal.m_periods = site->m_periods;
    if (siteHours.contains(u"utcOffsetMinutes"))
        cal.m_zone = site->m_zone;
    cal.m_holidays.unite(site->m_holidays);
    cal.m_extraDays.unite(site->m_extraDays);
    return cal;
}

} // namespace pd::domain
