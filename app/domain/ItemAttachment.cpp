#include "app/domain/ItemAttachment.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject ItemAttachment::toJson() const
{
    return QJsonObject{{u"mediaId"_s, mediaId}, {u"title"_s, title}};
}

ItemAttachment ItemAttachment::fromJson(const QJsonObject &json)
{
    return ItemAttachment{json.value(u"mediaId").toInteger(), json.value(u"title").toString().trimmed()};
}

} // namespace pd::domain
