#include "app/review/AuditEntry.h"

using namespace Qt::StringLiterals;

namespace pd::review {

AuditEntry AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry e;
    e.at = QDateTime::fromString(json.value(u"at").toString(), Qt::ISODateWithMs);
    const QJsonObject user = json.value(u"user").toObject();
    e.user = user.value(u"displayName").toString(user.value(u"username").toString());
    e.action = json.value(u"action").toString();
    e.fromState = json.value(u"fromState").toString();
    e.fromLevel = json.value(u"fromLevel").toInt();
    e.toState = json.value(u"toState").toString();
    e.comment = json.value(u"comment").toString();
    return e;
}

QString AuditEntry::actionText() const
{
    QString text;
    if (action == u"create")
        text = tr("Created");
    else if (action == u"update")
        text = tr("Edited");
    else if (action == u"submit")
        text = tr("Submitted for review");
    else if (action == u"approve")
        text = tr("Approved");
    else if (action == u"reject")
        text = tr("Rejected");
    else if (action == u"publish")
        text = tr("Published");
    else if (action == u"schedule")
        text = tr("Scheduled");
    else if (action == u"unpublish")
        text = tr("Unpublished");
    else if (action == u"withdraw")
        text = tr("Withdrawn");
    else if (action == u"archive")
        text = tr("Archived");
    else
        text = action;
    if (fromLevel > 0 && (action == u"approve" || action == u"reject"))
        text = tr("%1 (level %2)").arg(text).arg(fromLevel);
    return text;
}

} // namespace pd::review
