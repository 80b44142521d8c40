#include "app/domain/LiveApproval.h"

#include "app/domain/IsoTime.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject LiveApproval::toJson() const
{
    return QJsonObject{{u"user"_s, QJsonObject{{u"id"_s, userId}, {u"displayName"_s, userName}}},
                       {u"group"_s, group},
                       {u"at"_s, IsoTime::format(at)}};
}

LiveApproval LiveApproval::fromJson(const QJsonObject &json)
{
    const QJsonObject user = json.value(u"user").toObject();
    return LiveApproval{user.value(u"id").toInteger(), user.value(u"displayName").toString(),
                        json.value(u"group").toString(), IsoTime::parse(json.value(u"at").toString())};
}

} // namespace pd::domain
