#include "app/domain/SiteReport.h"

#include "app/domain/IsoTime.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <numeric>

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {
QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(IsoTime::format(t)) : QJsonValue();
}
} // namespace

int SiteReport::publishedTotal() const
{
    return std::accumulate(published.cbegin(), published.cend(), 0,
                           [](int sum, const ColumnCount &c) { return sum + c.count; });
}

int SiteReport::disclosureTotal() const
{
    return std::accumulate(disclosure.cbegin(), disclosure.cend(), 0,
                           [](int sum, const CategoryCount &c) { return sum + c.count; });
}

QJsonObject SiteReport::toJson() const
{
    QJsonArray publishedJson;
    for (const ColumnCount &c : published)
        publishedJson.append(QJsonObject{{u"column"_s, c.columnId}, {u"name"_s, c.column}, {u"type"_s, c.type},
                                         {u"count"_s, c.count}});
    QJsonArray disclosureJson;
    for (const CategoryCount &c : disclosure)
        disclosureJson.append(QJsonObject{{u"category"_s, c.code}, {u"name"_s, c.name}, {u"count"_s, c.count}});
    QJsonArray reviewJson;
    for (const LevelTurnaround &l : review)
        reviewJson.append(QJsonObject{{u"level"_s, l.level}, {u"decisions"_s, l.decisions},
                                      {u"medianHours"_s, l.medianHours}, {u"overdue"_s, l.overdue}});
    QJsonArray liveJson;
    for (const LiveFigures &e : live)
        liveJson.append(QJsonObject{{u"event"_s, e.eventId}, {u"title"_s, e.title}, {u"state"_s, e.state},
                                    {u"startsAt"_s, timeJson(e.startsAt)}, {u"posts"_s, e.posts},
                                    {u"photos"_s, e.photos}, {u"characters"_s, e.characters},
                                    {u"viewersPeak"_s, e.viewersPeak}, {u"pageViews"_s, e.pageViews}});
    return {{u"site"_s, siteId},
            {u"siteName"_s, siteName},
            {u"from"_s, from.toString(Qt::ISODate)},
            {u"to"_s, to.toString(Qt::ISODate)},
            {u"generatedAt"_s, timeJson(generatedAt)},
            {u"empty"_s, isEmpty()},
            {u"publishedTotal"_s, publishedTotal()},
            {u"disclosureTotal"_s, disclosureTotal()},
            {u"published"_s, publishedJson},
            {u"disclosure"_s, disclosureJson},
            {u"review"_s, reviewJson},
            {u"health"_s, health.toJson()},
            {u"live"_s, liveJson}};
}

Result<SiteReport> SiteReport::fromJson(const QJsonObject &json)
{
    SiteReport r;
    r.siteId = json.value(u"site").toInteger();
    r.siteName = json.value(u"siteName").toString();
    r.from = QDate::fromString(json.value(u"from").toString(), Qt::ISODate);
    r.to = QDate::fromString(json.value(u"to").toString(), Qt::ISODate);
    r.generatedAt = IsoTime::parse(json.value(u"generatedAt").toString());
    auto health = SiteHealth::fromJson(json.value(u"health").toObject());
    if (r.siteId <= 0 || !r.from.isValid() || !r.to.isValid() || !health)
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent an incomplete site report."));
    r.health = *health;
    for (const QJsonValue &v : json.value(u"published").toArray()) {
        const QJsonObject o = v.toObject();
        r.published.append({o.value(u"column").toInteger(), o.value(u"name").toString(), o.value(u"type").toString(),
                            o.value(u"count").toInt()});
    }
    for (const QJsonValue &v : json.value(u"disclosure").toArray()) {
        const QJsonObject o = v.toObject();
        r.disclosure.append({o.value(u"category").toString(), o.value(u"name").toString(), o.value(u"count").toInt()});
    }
    for (const QJsonValue &v : json.value(u"review").toArray()) {
        const QJsonObject o = v.toObject();
        r.review.append({o.value(u"level").toInt(), o.value(u"decisions").toInt(), o.value(u"medianHours").toDouble(),
                         o.value(u"overdue").toInt()});
    }
    for (const QJsonValue &v : json.value(u"live").toArray()) {
        const QJsonObject o = v.toObject();
        r.live.append({o.value(u"event").toInteger(), o.value(u"title").toString(), o.value(u"state").toString(),
                       IsoTime::parse(o.value(u"startsAt").toString()), o.value(u"posts").toInteger(),
                       o.value(u"photos").toInteger(), o.value(u"characters").toInteger(),
                       o.value(u"viewersPeak").toInteger(), o.value(u"pageViews").toInteger()});
    }
    return r;
}

} // namespace pd::domain
