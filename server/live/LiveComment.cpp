#include "server/live/LiveComment.h"

using namespace Qt::StringLiterals;

namespace pd::server {

QJsonObject LiveComment::toJson() const
{
    return QJsonObject{{u"id"_s, id},
                       {u"eventId"_s, eventId},
                       {u"state"_s, state},
                       {u"name"_s, name},
                       {u"text"_s, text},
                       {u"createdAt"_s, createdAt.toString(Qt::ISODateWithMs)},
                       {u"moderatedAt"_s, moderatedAt.isValid() ? QJsonValue(moderatedAt.toString(Qt::ISODateWithMs))
                                                               : QJsonValue()}};
}

QJsonObject LiveComment::toPublicJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"name"_s, name}, {u"text"_s, text},
                       {u"createdAt"_s, createdAt.toString(Qt::ISODate)}};
}

} // namespace pd::server
