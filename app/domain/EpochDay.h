#pragma once
#include <QDate>
#include <QtGlobal>

namespace pd::domain {

/// Milliseconds since 1970-01-01T00:00Z split into a calendar day and the time into it, and back: plain
/// arithmetic for the hot paths that would otherwise build a QDateTime per value (API time stamps by the ten
/// thousand, review lights in a fixed UTC offset).
class EpochDay
{
public:
    struct Split {
        QDate date;
        int msOfDay = 0; ///< 0 … 86,399,999
    };

    static constexpr qint64 MsPerDay = 24 * 3600 * 1000;

    [[nodiscard]] static Split split(qint64 ms)
    {
        // Floor division: a moment before 1970 belongs to the day before, not to the day "toward zero".
        const qint64 day = ms >= 0 ? ms / MsPerDay : -((-ms + MsPerDay - 1) / MsPerDay);
        return {QDate::fromJulianDay(day + UnixEpochJulianDay), int(ms - day * MsPerDay)};
    }

    [[nodiscard]] static qint64 toMs(QDate date, qint64 msOfDay)
    {
        return (date.toJulianDay() - UnixEpochJulianDay) * MsPerDay + msOfDay;
    }

private:
    static constexpr qint64 UnixEpochJulianDay = 2440588; ///< QDate's Julian day of 1970-01-01
};

} // namespace pd::domain
