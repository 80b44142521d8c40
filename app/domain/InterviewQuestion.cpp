#include "app/domain/InterviewQuestion.h"

#include "app/domain/IsoTime.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(IsoTime::format(t)) : QJsonValue();
}

} // namespace

QJsonObject InterviewQuestion::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, eventId},
                       {u"state"_s, interviewQuestionStateCode(state)},
                       {u"name"_s, name},
                       {u"text"_s, text},
                       {u"askers"_s, askers},
                       {u"mergedInto"_s, mergedInto > 0 ? QJsonValue(mergedInto) : QJsonValue()},
                       {u"position"_s, position},
                       {u"reason"_s, reason},
                       {u"revision"_s, revision},
                       {u"createdAt"_s, IsoTime::format(createdAt)},
                       {u"updatedAt"_s, IsoTime::format(updatedAt)},
                       {u"askedAt"_s, timeOrNull(askedAt)},
                       {u"answeredAt"_s, timeOrNull(answeredAt)},
                       {u"answer"_s, answer ? QJsonValue(answer->toJson()) : QJsonValue()}};
}

QJsonObject InterviewQuestion::toPublicJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"name"_s, name},
                       {u"text"_s, text},
                       {u"askers"_s, askers},
                       {u"askedAt"_s, timeOrNull(askedAt)},
                       {u"answer"_s, answer && answer->isPublic() ? QJsonValue(answer->toPublicJson()) : QJsonValue()}};
}

InterviewQuestion InterviewQuestion::fromJson(const QJsonObject &json)
{
    InterviewQuestion q;
    q.id = json.value(u"id").toInteger();
    q.eventId = json.value(u"eventId").toInteger();
    q.state = interviewQuestionStateFromCode(json.value(u"state").toString()).value_or(InterviewQuestionState::Pending);
    q.name = json.value(u"name").toString();
    q.text = json.value(u"text").toString();
    q.askers = json.value(u"askers").toInt(1);
    q.mergedInto = json.value(u"mergedInto").toInteger();
    q.position = json.value(u"position").toInt();
    q.reason = json.value(u"reason").toString();
    q.revision = json.value(u"revision").toInteger(1);
    q.createdAt = IsoTime::parse(json.value(u"createdAt").toString());
    q.updatedAt = IsoTime::parse(json.value(u"updatedAt").toString());
    q.askedAt = IsoTime::parse(json.value(u"askedAt").toString());
    q.answeredAt = IsoTime::parse(json.value(u"answeredAt").toString());
    if (const QJsonValue a = json.value(u"answer"); a.isObject())
        q.answer = InterviewAnswer::fromJson(a.toObject());
    return q;
}

} // namespace pd::domain
