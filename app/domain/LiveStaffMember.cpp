#include "app/domain/LiveStaffMember.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject LiveStaffMember::toJson() const
{
    return QJsonObject{{u"id"_s, id}, {u"displayName"_s, displayName}, {u"reporter"_s, reporter},
                       {u"moderator"_s, moderator}};
}

LiveStaffMember LiveStaffMember::fromJson(const QJsonObject &json)
{
    return LiveStaffMember{json.value(u"id").toInteger(), json.value(u"displayName").toString(),
                           json.value(u"reporter").toBool(), json.value(u"moderator").toBool()};
}

} // namespace pd::domain
