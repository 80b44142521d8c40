#include "app/domain/ItemAuditEntry.h"

using namespace Qt::StringLiterals;

namespace pd::domain {

QJsonObject ItemAuditEntry::toJson() const
{
    return QJsonObject{
        {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
        {u"user"_s, QJsonObject{{u"id"_s, userId}, {u"username"_s, username}, {u"displayName"_s, userDisplayName}}},
        {u"action"_s, action},
        {u"fromState"_s, itemStateCode(from.state)},
        {u"fromLevel"_s, from.level},
        {u"toState"_s, itemStateCode(to.state)},
        {u"toLevel"_s, to.level},
        {u"comment"_s, comment}};
}

ItemAuditEntry ItemAuditEntry::fromJson(const QJsonObject &json)
{
    ItemAuditEntry e;
    e.at = QDateTime::fromString(json.value(u"at").toString(), Qt::ISODateWithMs);
    const QJsonObject user = json.value(u"user").toObject();
    e.userId = user.value(u"id").toInteger();
    e.username = user.value(u"username").toString();
    e.userDisplayName = user.value(u"displayName").toString();
    e.action = json.value(u"action").toString();
    e.from = WorkflowState{itemStateFromCode(json.value(u"fromState").toString()).value_or(ItemState::Draft),
                           json.value(u"fromLevel").toInt()};
    e.to = WorkflowState{itemStateFromCode(json.value(u"toState").toString()).value_or(ItemState::Draft),
                         json.value(u"toLevel").toInt()};
    e.comment = json.value(u"comment").toString();
    return e;
}

} // namespace pd::domain
