#include "app/domain/SweepFinding.h"

#include "app/domain/IsoTime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::domain {

QString SweepFinding::stateCode(State state)
{
    switch (state) {
    case State::Open: return u"open"_s;
    case State::Fixed: return u"fixed"_s;
    case State::Ignored: return u"ignored"_s;
    }
    return u"open"_s;
}

Result<SweepFinding> SweepFinding::fromJson(const QJsonObject &json)
{
    SweepFinding f;
    f.id = json.value(u"id").toInteger();
    f.sweepId = json.value(u"sweep").toInteger();
    const QString state = json.value(u"state").toString();
    if (f.id <= 0 || (state != u"open"_s && state != u"fixed"_s && state != u"ignored"_s))
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent an incomplete sweep finding."));
    f.state = state == u"fixed"_s ? State::Fixed : state == u"ignored"_s ? State::Ignored : State::Open;
    f.itemId = json.value(u"item").toInteger();
    f.itemTitle = json.value(u"itemTitle").toString();
    f.ruleId = json.value(u"ruleId").toString();
    f.kind = json.value(u"kind").toString();
    f.severity = json.value(u"severity").toString();
    f.field = json.value(u"field").toString();
    f.start = json.value(u"start").toInt();
    f.length = json.value(u"length").toInt();
    f.excerpt = json.value(u"excerpt").toString();
    f.suggestion = json.value(u"suggestion").toString();
    f.message = json.value(u"message").toString();
    f.reason = json.value(u"reason").toString();
    f.resolvedBy = json.value(u"resolvedBy").toString();
    f.resolvedAt = IsoTime::parse(json.value(u"resolvedAt").toString());
    f.page = json.value(u"page").toString();
    f.url = json.value(u"url").toString();
    f.target = json.value(u"target").toString();
    f.external = json.value(u"external").toBool();
    f.status = json.value(u"status").toString();
    f.http = json.value(u"http").toInt();
    return f;
}

} // namespace pd::domain
