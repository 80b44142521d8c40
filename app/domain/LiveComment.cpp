#include "app/domain/LiveComment.h"

#include "app/domain/IsoTime.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QString LiveComment::stateCode(State state)
{
    switch (state) {
    case State::Pending: return u"pending"_s;
    case State::Approved: return u"approved"_s;
    case State::Hidden: return u"hidden"_s;
    }
    return {};
}

std::optional<LiveComment::State> LiveComment::stateFromCode(QStringView code)
{
    for (State s : {State::Pending, State::Approved, State::Hidden})
        if (stateCode(s) == code)
            return s;
    return std::nullopt;
}

QString LiveComment::actionCode(Action action)
{
    return action == Action::Approve ? u"approve"_s : u"hide"_s;
}

std::optional<LiveComment::Action> LiveComment::actionFromCode(QStringView code)
{
    if (code == u"approve")
        return Action::Approve;
    if (code == u"hide")
        return Action::Hide;
    return std::nullopt;
}

QJsonObject LiveComment::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, eventId},
                       {u"state"_s, stateCode(state)},
                       {u"name"_s, name},
                       {u"text"_s, text},
                       {u"createdAt"_s, IsoTime::format(createdAt)},
                       {u"moderatedAt"_s, moderatedAt.isValid() ? QJsonValue(IsoTime::format(moderatedAt)) : QJsonValue()}};
}

QJsonObject LiveComment::toPublicJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"text"_s, text},
                       {u"createdAt"_s, createdAt.toString(Qt::ISODate)}};
}

LiveComment LiveComment::fromJson(const QJsonObject &json)
{
    LiveComment c;
    c.id = json.value(u"id").toInteger();
    c.eventId = json.value(u"eventId").toInteger();
    c.state = stateFromCode(json.value(u"state").toString()).value_or(State::Pending);
    c.name = json.value(u"name").toString();
    c.text = json.value(u"text").toString();
    c.createdAt = IsoTime::parse(json.value(u"createdAt").toString());
    c.moderatedAt = IsoTime::parse(json.value(u"moderatedAt").toString());
    return c;
}

} // namespace pd::domain
