#include "app/domain/MediaInfo.h"

namespace pd::domain {

MediaInfo MediaInfo::fromJson(const QJsonObject &json)
{
    return MediaInfo{json.value(u"id").toInteger(), json.value(u"url").toString(), json.value(u"mime").toString(),
                     json.value(u"width").toInt(), json.value(u"height").toInt(), json.value(u"bytes").toInteger()};
}

} // namespace pd::domain
