#include "app/domain/SiteHealth.h"

#include "app/domain/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

int SiteHealth::failingCount() const
{
    return int(std::ranges::count_if(columns, &ColumnHealth::isFailing));
}

int SiteHealth::warningCount() const
{
    return int(std::ranges::count_if(columns, [](const ColumnHealth &c) { return c.standing == ColumnStanding::Warning; }));
}

SiteHealth SiteHealth::assess(const Site &site, const QList<Column> &columns, const QDateTime &now,
                              const QTimeZone &zone, const StalenessPolicy &policy)
{
    QSet<qint64> parents;
    for (const Column &c : columns)
        if (c.parentId != 0)
            parents.insert(c.parentId);
    SiteHealth h;
    h.siteId = site.id;
    h.siteName = site.name;
    h.at = now.toUTC();
    h.failLine = policy.failLine;
    for (const Column &c : columns) {
        // Disabled columns are off the public site, so the inspection does not see them either.
        if (parents.contains(c.id) || c.kind == ColumnKind::Live || !c.enabled)
            continue;
        h.columns.append(ColumnHealth::assess(c, now, zone, policy.marginFor(c.updateDays)));
    }
    return h;
}

QJsonObject SiteHealth::toJson() const
{
    QJsonArray list;
    for (const ColumnHealth &c : columns)
        list.append(c.toJson());
    return {{u"site"_s, siteId},
            {u"siteName"_s, siteName},
            {u"at"_s, IsoTime::format(at)},
            {u"failLine"_s, failLine},
            {u"failing"_s, failingCount()},
            {u"warning"_s, warningCount()},
            {u"failed"_s, failed()},
            {u"columns"_s, list}};
}

Result<SiteHealth> SiteHealth::fromJson(const QJsonObject &json)
{
    SiteHealth h;
    h.siteId = json.value(u"site").toInteger();
    h.siteName = json.value(u"siteName").toString();
    h.at = IsoTime::parse(json.value(u"at").toString());
    h.failLine = json.value(u"failLine").toInt(5);
    if (h.siteId <= 0 || !json.value(u"columns").isArray())
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent an incomplete site health report."));
    for (const QJsonValue &v : json.value(u"columns").toArray()) {
        auto c = ColumnHealth::fromJson(v.toObject());
        if (!c)
            return std::unexpected(c.error());
        h.columns.append(*c);
    }
    return h;
}

} // namespace pd::domain
