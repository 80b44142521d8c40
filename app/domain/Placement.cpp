#include "app/domain/Placement.h"


#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::domain {

QString Placement::kindCode(Kind kind)
{
    return kind == Kind::Submit ? u"submit"_s : u"push"_s;
}

std::optional<Placement::Kind> Placement::kindFromCode(QStringView code)
{
    if (code == u"push")
        return Kind::Push;
    if (code == u"submit")
        return Kind::Submit;
    return std::nullopt;
}

QString Placement::stateCode(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Published: return u"published"_s;
    case State::Rejected: return u"rejected"_s;
    case State::Withdrawn: return u"withdrawn"_s;
    }
    return u"pending"_s;
}

std::optional<Placement::State> Placement::stateFromCode(QStringView code)
{
    for (const State s : {State::Pending, State::Published, State::Rejected, State::Withdrawn})
        if (code == stateCode(s))
            return s;
    return std::nullopt;
}

QJsonObject Placement::toJson() const
{
    QJsonArray columns;
    for (const qint64 c : columnIds)
        columns.append(c);
    return QJsonObject{{u"id"_s, id},
                       {u"item"_s, sourceItemId},
                       {u"sourceSite"_s, sourceSiteId},
                       {u"sourceSiteName"_s, sourceSiteName},
                       {u"site"_s, siteId},
                       {u"siteName"_s, siteName},
                       {u"columns"_s, columns},
                       {u"copy"_s, copyItemId},
                       {u"kind"_s, kindCode(kind)},
                       {u"state"_s, stateCode(state)},
                       {u"publicUrl"_s, publicUrl.isEmpty() ? QJsonValue() : QJsonValue(publicUrl)},
                       {u"createdBy"_s, QJsonObject{{u"id"_s, createdBy}, {u"displayName"_s, createdByName}}},
                       {u"createdAt"_s, createdAt.isValid() ? QJsonValue(createdAt.toString(Qt::ISODateWithMs))
                                                            : QJsonValue()}};
}

Result<Placement> Placement::fromJson(const QJsonObject &json)
{
    Placement p;
    p.id = json.value(u"id").toInteger();
    p.sourceItemId = json.value(u"item").toInteger();
    p.sourceSiteId = json.value(u"sourceSite").toInteger();
    p.sourceSiteName = json.value(u"sourceSiteName").toString();
    p.siteId = json.value(u"site").toInteger();
    p.siteName = json.value(u"siteName").toString();
    for (const QJsonValue &c : json.value(u"columns").toArray())
        p.columnIds.append(c.toInteger());
    p.copyItemId = json.value(u"copy").toInteger();
    const auto kind = kindFromCode(json.value(u"kind").toString());
    const auto state = stateFromCode(json.value(u"state").toString());
    p.publicUrl = json.value(u"publicUrl").toString();
    const QJsonObject by = json.value(u"createdBy").toObject();
    p.createdBy = by.value(u"id").toInteger();
    p.createdByName = by.value(u"displayName").toString();
    p.createdAt = QDateTime::fromString(json.value(u"createdAt").toString(), Qt::ISODateWithMs);
    if (p.id <= 0 || p.sourceItemId <= 0 || p.siteId <= 0 || !kind || !state)
        return fail(ErrorCode::BadResponse,
                    QCoreApplication::translate("pd::domain", "The server sent an incomplete placement."));
    p.kind = *kind;
    p.state = *state;
    return p;
}

} // namespace pd::domain
