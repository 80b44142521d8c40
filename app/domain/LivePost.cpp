#include "app/domain/LivePost.h"

#include "app/domain/IsoTime.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

namespace {

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(IsoTime::format(t)) : QJsonValue();
}

QJsonObject person(qint64 id, const QString &name)
{
    return QJsonObject{{u"id"_s, id}, {u"displayName"_s, name}};
}

} // namespace

QJsonArray LivePost::photosJson(const QList<Photo> &photos)
{
    QJsonArray out;
    for (const Photo &p : photos)
        out.append(QJsonObject{{u"mediaId"_s, p.mediaId}, {u"caption"_s, p.caption}, {u"url"_s, p.url},
                               {u"width"_s, p.width}, {u"height"_s, p.height}});
    return out;
}

QList<LivePost::Photo> LivePost::photosFromJson(const QJsonArray &array)
{
    QList<Photo> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"mediaId").toInteger(), o.value(u"caption").toString(), o.value(u"url").toString(),
                    o.value(u"width").toInt(), o.value(u"height").toInt()});
    }
    return out;
}

QJsonValue LivePost::changeJson(const std::optional<Change> &change)
{
    if (!change)
        return QJsonValue();
    return QJsonObject{{u"kind"_s, change->kind == Change::Kind::Retraction ? u"retraction"_s : u"correction"_s},
                       {u"text"_s, change->text},
                       {u"speaker"_s, change->speaker},
                       {u"photos"_s, photosJson(change->photos)},
                       {u"note"_s, change->note},
                       {u"requestedBy"_s, person(change->requestedBy, change->requestedByName)},
                       {u"requestedAt"_s, time(change->requestedAt)}};
}

std::optional<LivePost::Change> LivePost::changeFromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    Change c;
    c.kind = o.value(u"kind").toString() == u"retraction" ? Change::Kind::Retraction : Change::Kind::Correction;
    c.text = o.value(u"text").toString();
    c.speaker = o.value(u"speaker").toString();
    c.photos = photosFromJson(o.value(u"photos").toArray());
    c.note = o.value(u"note").toString();
    c.requestedBy = o.value(u"requestedBy").toObject().value(u"id").toInteger();
    c.requestedByName = o.value(u"requestedBy").toObject().value(u"displayName").toString();
    c.requestedAt = IsoTime::parse(o.value(u"requestedAt").toString());
    return c;
}

QJsonObject LivePost::toJson() const
{
    QJsonArray given;
    for (const LiveApproval &a : approvals)
        given.append(a.toJson());
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, eventId},
                       {u"seq"_s, seq},
                       {u"session"_s, session},
                       {u"kind"_s, kind},
                       {u"state"_s, livePostStateCode(state)},
                       {u"text"_s, text},
                       {u"speaker"_s, speaker},
                       {u"photos"_s, photosJson(photos)},
                       {u"pinned"_s, pinned},
                       {u"revision"_s, revision},
                       {u"createdBy"_s, person(createdBy, createdByName)},
                       {u"createdAt"_s, time(createdAt)},
                       {u"updatedAt"_s, time(updatedAt)},
                       {u"publishedAt"_s, time(publishedAt)},
                       {u"correction"_s, correctionNote.isEmpty()
                                             ? QJsonValue()
                                             : QJsonObject{{u"note"_s, correctionNote}, {u"at"_s, time(correctedAt)}}},
                       {u"reason"_s, reason},
                       {u"approvals"_s, given},
                       {u"awaiting"_s, QJsonArray::fromStringList(awaiting)},
                       {u"pendingChange"_s, changeJson(pendingChange)}};
}

QJsonObject LivePost::toPublicJson() const
{
    QJsonArray shownPhotos;
    for (const Photo &p : photos)
        shownPhotos.append(QJsonObject{{u"url"_s, p.url}, {u"caption"_s, p.caption}, {u"width"_s, p.width},
                                       {u"height"_s, p.height}});
    // The time citizens saw it appear: publication, which in reviewed mode is the last approval.
    const QDateTime shown = publishedAt.isValid() ? publishedAt : createdAt;
    return QJsonObject{{u"id"_s, id},
                       {u"seq"_s, seq},
                       {u"session"_s, session},
                       {u"kind"_s, kind},
                       {u"text"_s, text},
                       {u"speaker"_s, speaker},
                       {u"createdAt"_s, shown.toString(Qt::ISODate)},
                       {u"pinned"_s, pinned},
                       {u"correctionNote"_s, correctionNote},
                       {u"correctedAt"_s, correctedAt.isValid() ? correctedAt.toString(Qt::ISODate) : QString()},
                       {u"photos"_s, shownPhotos}};
}

LivePost LivePost::fromJson(const QJsonObject &json)
{
    LivePost p;
    p.id = json.value(u"id").toInteger();
    p.eventId = json.value(u"eventId").toInteger();
    p.seq = json.value(u"seq").toInteger();
    p.session = json.value(u"session").toInteger();
    p.kind = json.value(u"kind").toString(u"text"_s);
    p.state = livePostStateFromCode(json.value(u"state").toString()).value_or(LivePostState::Published);
    p.text = json.value(u"text").toString();
    p.speaker = json.value(u"speaker").toString();
    p.photos = photosFromJson(json.value(u"photos").toArray());
    p.pinned = json.value(u"pinned").toBool();
    p.revision = json.value(u"revision").toInteger();
    p.createdBy = json.value(u"createdBy").toObject().value(u"id").toInteger();
    p.createdByName = json.value(u"createdBy").toObject().value(u"displayName").toString();
    p.createdAt = IsoTime::parse(json.value(u"createdAt").toString());
    p.updatedAt = IsoTime::parse(json.value(u"updatedAt").toString());
    p.publishedAt = IsoTime::parse(json.value(u"publishedAt").toString());
    p.correctionNote = json.value(u"correction").toObject().value(u"note").toString();
    p.correctedAt = IsoTime::parse(json.value(u"correction").toObject().value(u"at").toString());
    p.reason = json.value(u"reason").toString();
    for (const QJsonValue &v : json.value(u"approvals").toArray())
        p.approvals.append(LiveApproval::fromJson(v.toObject()));
    for (const QJsonValue &v : json.value(u"awaiting").toArray())
        p.awaiting.append(v.toString());
    p.pendingChange = changeFromJson(json.value(u"pendingChange"));
    return p;
}

} // namespace pd::domain
