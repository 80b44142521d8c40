#include "app/domain/InterviewAnswer.h"

#include "app/domain/IsoTime.h"

#include <QJsonArray>

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
    o.insert(u"revision"_s, revision);
    o.insert(u"pendingCorrection"_s, pendingCorrection ? QJsonValue(pendingCorrection->toJson()) : QJsonValue());
    o.insert(u"review"_s, reviewCode(review));
    QJsonArray given;
    for (const LiveApproval &a : approvals)
        given.append(a.toJson());
    o.insert(u"approvals"_s, given);
    o.insert(u"rejectReason"_s, rejectReason);
    return o;
}

QJsonObject InterviewAnswer::toPublicJson() const
{
    QJsonObject o{{u"guestName"_s, guestName},
                  {u"guestTitle"_s, guestTitle},
                  {u"text"_s, text},
                  {u"createdAt"_s, IsoTime::format(createdAt)}};
    if (correctedAt.isValid()) {
        o.insert(u"correctionNote"_s, correctionNote);
        o.insert(u"correctedAt"_s, IsoTime::format(correctedAt));
    }
    return o;
}

QJsonObject InterviewAnswer::Correction::toJson() const
{
    QJsonArray given;
    for (const LiveApproval &a : approvals)
        given.append(a.toJson());
    return QJsonObject{{u"guest"_s, guestId},
                       {u"guestName"_s, guestName},
                       {u"guestTitle"_s, guestTitle},
                       {u"text"_s, text},
                       {u"note"_s, note},
                       {u"requestedBy"_s, requestedBy},
                       {u"requestedByName"_s, requestedByName},
                       {u"requestedAt"_s, IsoTime::format(requestedAt)},
                       {u"approvals"_s, given}};
}

InterviewAnswer::Correction InterviewAnswer::Correction::fromJson(const QJsonObject &json)
{
    Correction c;
    c.guestId = json.value(u"guest").toInteger();
    c.guestName = json.value(u"guestName").toString();
    c.guestTitle = json.value(u"guestTitle").toString();
    c.text = json.value(u"text").toString();
    c.note = json.value(u"note").toString();
    c.requestedBy = json.value(u"requestedBy").toInteger();
    c.requestedByName = json.value(u"requestedByName").toString();
    c.requestedAt = IsoTime::parse(json.value(u"requestedAt").toString());
    for (const QJsonValue &v : json.value(u"approvals").toArray())
        c.approvals.append(LiveApproval::fromJson(v.toObject()));
    return c;
}

QString InterviewAnswer::reviewCode(Review review)
{
    switch (review) {
    case Review::Published: return u"published"_s;
    case Review::Pending: return u"pending"_s;
    case Review::Rejected: return u"rejected"_s;
    }
    return {};
}

std::optional<InterviewAnswer::Review> InterviewAnswer::reviewFromCode(const QString &code)
{
    for (const Review r : {Review::Published, Review::Pending, Review::Rejected})
        if (reviewCode(r) == code)
            return r;
    return std::nullopt;
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
    a.revision = json.value(u"revision").toInteger(1);
    a.correctionNote = json.value(u"correctionNote").toString();
    a.correctedAt = IsoTime::parse(json.value(u"correctedAt").toString());
    if (const QJsonValue c = json.value(u"pendingCorrection"); c.isObject())
        a.pendingCorrection = Correction::fromJson(c.toObject());
    // The public form has no review field: whatever readers are shown is published.
    a.review = reviewFromCode(json.value(u"review").toString()).value_or(Review::Published);
    for (const QJsonValue &v : json.value(u"approvals").toArray())
        a.approvals.append(LiveApproval::fromJson(v.toObject()));
    a.rejectReason = json.value(u"rejectReason").toString();
    return a;
}

} // namespace pd::domain
