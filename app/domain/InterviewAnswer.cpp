#include "app/domain/InterviewAnswer.h"

#include "app/domain/IsoTime.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject InterviewAnswer::toJson() const
{
    QJsonObject o = toPublicJson();
    o.insert(u"id"_s, id);
    o.insert(u"question"_s, questionId);
    o.insert(u"guest"_s, guestId);
    o.insert(u"createdBy"_s, createdBy);
    o.insert(u"createdByName"_s, createdByName);
    return o;
}

QJsonObject InterviewAnswer::toPublicJson() const
{
    return QJsonObject{{u"guestName"_s, guestName},
                       {u"guestTitle"_s, guestTitle},
                       {u"text"_s, text},
                       {u"createdAt"_s, IsoTime::format(createdAt)}};
}

InterviewAnswer InterviewAnswer::fromJson(const QJsonObject &json)
{
    InterviewAnswer a;
    a.id = json.value(u"id").toInteger();
    a.questionId = json.value(u"question").toInteger();
    a.guestId = json.value(u"guest").toInteger();
    a.guestName = json.value(u"guestName").toString();
    a.guestTitle = json.value(u"guestTitle").toString();
    a.text = json.value(u"text").toString();
    a.createdBy = json.value(u"createdBy").toInteger();
    a.createdByName = json.value(u"createdByName").toString();
    a.createdAt = IsoTime::parse(json.value(u"createdAt").toString());
    return a;
}

} // namespace pd::domain
