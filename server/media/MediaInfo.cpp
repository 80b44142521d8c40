#include "server/media/MediaInfo.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::server {

QString MediaInfo::url(const QString &prefix) const
{
    return prefix + QString::number(id) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(filename));
}

QJsonObject MediaInfo::toJson(const QString &urlPrefix) const
{
    QJsonObject o{
        {u"id"_s, id},
        {u"url"_s, url(urlPrefix)},
        {u"mime"_s, mime},
        {u"filename"_s, filename},
        {u"bytes"_s, bytes},
        {u"sha256"_s, sha256},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
    };
    // Documents have no pixel size; the contract says null rather than a misleading 0.
    o.insert(u"width"_s, width > 0 ? QJsonValue(width) : QJsonValue(QJsonValue::Null));
    o.insert(u"height"_s, height > 0 ? QJsonValue(height) : QJsonValue(QJsonValue::Null));
    return o;
}

} // namespace pd::server
