#include "server/live/LivePost.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

QJsonArray LivePost::photosJson() const
{
    QJsonArray out;
    for (const Photo &p : photos)
        out.append(QJsonObject{{u"mediaId"_s, p.mediaId}, {u"caption"_s, p.caption}, {u"url"_s, p.url},
                               {u"width"_s, p.width}, {u"height"_s, p.height}});
    return out;
}

QJsonObject LivePost::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, eventId},
                       {u"seq"_s, seq},
                       {u"kind"_s, kind},
                       {u"state"_s, state},
                       {u"text"_s, text},
                       {u"speaker"_s, speaker},
                       {u"photos"_s, photosJson()},
                       {u"pinned"_s, pinned},
                       {u"revision"_s, revision},
                       {u"createdBy"_s, QJsonObject{{u"id"_s, createdBy}, {u"displayName"_s, createdByName}}},
                       {u"createdAt"_s, time(createdAt)},
                       {u"updatedAt"_s, time(updatedAt)},
                       {u"publishedAt"_s, time(publishedAt)},
                       {u"correction"_s, correctionNote.isEmpty()
                                             ? QJsonValue()
                                             : QJsonObject{{u"note"_s, correctionNote}, {u"at"_s, time(correctedAt)}}},
                       {u"reason"_s, reason}};
}

} // namespace pd::server
