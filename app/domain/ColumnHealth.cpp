#include "app/domain/ColumnHealth.h"

#include "app/domain/IsoTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
struct StandingName {
    ColumnStanding standing;
    QLatin1StringView code;
};
constexpr StandingName kStandings[] = {
    {ColumnStanding::Ok, QLatin1StringView("ok")},
    {ColumnStanding::Warning, QLatin1StringView("warning")},
    {ColumnStanding::Stale, QLatin1StringView("stale")},
    {ColumnStanding::Empty, QLatin1StringView("empty")},
};
} // namespace

QString columnStandingCode(ColumnStanding standing)
{
    for (const StandingName &s : kStandings)
        if (s.standing == standing)
            return s.code;
    return u"ok"_s;
}

std::optional<ColumnStanding> columnStandingFromCode(QStringView code)
{
    for (const StandingName &s : kStandings)
        if (code == s.code)
            return s.standing;
    return std::nullopt;
}

ColumnHealth ColumnHealth::assess(const Column &column, const QDateTime &now, const QTimeZone &zone, int marginDays)
{
    ColumnHealth h;
    h.columnId = column.id;
    h.name = column.name;
    h.kind = column.kind;
    h.updateDays = column.updateDays;
    h.marginDays = column.updateDays > 0 ? marginDays : 0;
    h.lastPublishedAt = column.lastPublishedAt;
    if (!column.lastPublishedAt.isValid()) {
        // An empty column is a failure of its own in the inspection, rule or not.
        h.standing = ColumnStanding::Empty;
        return h;
    }
    if (column.updateDays <= 0)
        return h;
    h.dueAt = column.lastPublishedAt.addDays(column.updateDays).toUTC();
    // Counted in calendar days where the site is: published on the 1st under a 14-day rule is due on the 15th,
    // whatever the hour of either.
    h.daysLeft = int(now.toTimeZone(zone).date().daysTo(h.dueAt.toTimeZone(zone).date()));
    if (column.isStale(now))
        h.standing = ColumnStanding::Stale;
    else if (*h.daysLeft <= h.marginDays)
        h.standing = ColumnStanding::Warning;
    return h;
}

QJsonObject ColumnHealth::toJson() const
{
    return {{u"column"_s, columnId},
            {u"name"_s, name},
            {u"kind"_s, columnKindCode(kind)},
            {u"updateDays"_s, updateDays},
            {u"marginDays"_s, marginDays},
            {u"lastPublishedAt"_s, lastPublishedAt.isValid() ? QJsonValue(IsoTime::format(lastPublishedAt)) : QJsonValue()},
            {u"dueAt"_s, dueAt.isValid() ? QJsonValue(IsoTime::format(dueAt)) : QJsonValue()},
            {u"daysLeft"_s, daysLeft ? QJsonValue(*daysLeft) : QJsonValue()},
            {u"standing"_s, columnStandingCode(standing)}};
}

Result<ColumnHealth> ColumnHealth::fromJson(const QJsonObject &json)
{
    ColumnHealth h;
    h.columnId = json.value(u"column").toInteger();
    h.name = json.value(u"name").toString();
    const auto kind = columnKindFromCode(json.value(u"kind").toString());
    const auto standing = columnStandingFromCode(json.value(u"standing").toString());
    if (h.columnId <= 0 || !kind || !standing)
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent an incomplete column health entry."));
    h.kind = *kind;
    h.standing = *standing;
    h.updateDays = json.value(u"updateDays").toInt();
    h.marginDays = json.value(u"marginDays").toInt();
    h.lastPublishedAt = IsoTime::parse(json.value(u"lastPublishedAt").toString());
    h.dueAt = IsoTime::parse(json.value(u"dueAt").toString());
    if (json.value(u"daysLeft").isDouble())
        h.daysLeft = json.value(u"daysLeft").toInt();
    return h;
}

} // namespace pd::domain
