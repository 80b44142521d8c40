#include "app/domain/SiteSweep.h"

#include "app/domain/IsoTime.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

int SiteSweep::percent() const
{
    if (state == State::Done)
        return 100;
    if (total <= 0)
        return 0;
    return std::clamp(int(qint64(checked) * 100 / total), 0, 100);
}

QString SiteSweep::kindCode(Kind kind)
{
    return kind == Kind::Links ? u"links"_s : u"content"_s;
}

Result<SiteSweep> SiteSweep::fromJson(const QJsonObject &json)
{
    SiteSweep s;
    s.id = json.value(u"id").toInteger();
    s.siteId = json.value(u"site").toInteger();
    const QString kind = json.value(u"kind").toString();
    const QString state = json.value(u"state").toString();
    if (s.id <= 0 || (kind != u"content"_s && kind != u"links"_s)
        || (state != u"running"_s && state != u"done"_s && state != u"cancelled"_s))
        return fail(ErrorCode::BadResponse, QCoreApplication::translate("pd::domain", "The server sent an incomplete sweep."));
    s.kind = kind == u"links"_s ? Kind::Links : Kind::Content;
    s.state = state == u"running"_s ? State::Running : state == u"done"_s ? State::Done : State::Cancelled;
    s.total = json.value(u"total").toInt();
    s.checked = json.value(u"checked").toInt();
    s.startedAt = IsoTime::parse(json.value(u"startedAt").toString());
    s.finishedAt = IsoTime::parse(json.value(u"finishedAt").toString());
    s.findings = json.value(u"findings").toInt();
    s.open = json.value(u"open").toInt();
    s.restarts = json.value(u"restarts").toInt();
    s.links = json.value(u"links").toInt();
    s.deadLinks = json.value(u"deadLinks").toInt();
    s.homeDeadLinks = json.value(u"homeDeadLinks").toInt();
    s.uncheckedLinks = json.value(u"uncheckedLinks").toInt();
    s.external = json.value(u"external").toBool();
    s.deadLinkRatio = json.value(u"deadLinkRatio").toDouble();
    s.deadLinkLimit = json.value(u"deadLinkLimit").toDouble();
    s.withinLimit = json.value(u"withinLimit").toBool(true);
    return s;
}

} // namespace pd::domain
