#include "server/live/PublicPostJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pd::server {

QJsonObject PublicPostJson::from(const LivePost &post)
{
    QJsonArray photos;
    for (const LivePost::Photo &p : post.photos)
        photos.append(QJsonObject{{u"url"_s, p.url}, {u"caption"_s, p.caption}, {u"width"_s, p.width},
                                  {u"height"_s, p.height}});
    // The time citizens saw it appear: publication, which in reviewed mode is the moderator's approval.
    const QDateTime shown = post.publishedAt.isValid() ? post.publishedAt : post.createdAt;
    return QJsonObject{{u"id"_s, post.id},
                       {u"seq"_s, post.seq},
                       {u"kind"_s, post.kind},
                       {u"text"_s, post.text},
                       {u"speaker"_s, post.speaker},
                       {u"createdAt"_s, shown.toString(Qt::ISODate)},
                       {u"pinned"_s, post.pinned},
                       {u"correctionNote"_s, post.correctionNote},
                       {u"correctedAt"_s, post.correctedAt.isValid() ? post.correctedAt.toString(Qt::ISODate) : QString()},
                       {u"photos"_s, photos}};
}

} // namespace pd::server
