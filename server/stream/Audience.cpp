#include "server/stream/Audience.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::server {

Audience Audience::site(qint64 siteId)
{
    Audience a;
    a.siteId = siteId;
    return a;
}

Audience Audience::withRoles(qint64 siteId, QStringList roles)
{
    Audience a;
    a.siteId = siteId;
    a.roles = std::move(roles);
    return a;
}

Audience Audience::reviewers(qint64 siteId, int level)
{
    Audience a;
    a.siteId = siteId;
    a.roles = {QString(domain::roles::Reviewer)};
    a.level = level;
    return a;
}

Audience Audience::publicEvent(qint64 eventId)
{
    Audience a;
    a.publicEventId = eventId;
    return a;
}

bool Audience::admits(const domain::User &user) const
{
    if (publicEventId > 0)
        return false;
    if (userIds.contains(user.id))
        return true;
    return std::ranges::any_of(user.roles, [&](const domain::RoleGrant &g) {
        if (g.siteId != 0 && g.siteId != siteId)
            return false;
        if (roles.isEmpty())
            return true;
        if (!roles.contains(g.role))
            return false;
        // A level narrows only the reviewer grants; other roles in the list match whatever their level.
        return level == 0 || g.role != domain::roles::Reviewer || g.level == level;
    });
}

QJsonObject Audience::toJson() const
{
    QJsonObject o;
    if (publicEventId > 0) {
        o.insert(u"event"_s, publicEventId);
        return o;
    }
    o.insert(u"site"_s, siteId);
    if (!roles.isEmpty())
        o.insert(u"roles"_s, QJsonArray::fromStringList(roles));
    if (level > 0)
        o.insert(u"level"_s, level);
    if (!userIds.isEmpty()) {
        QJsonArray users;
        for (qint64 id : userIds)
            users.append(id);
        o.insert(u"users"_s, users);
    }
    return o;
}

Audience Audience::fromJson(const QJsonObject &json)
{
    Audience a;
    a.publicEventId = json.value(u"event").toInteger();
    a.siteId = json.value(u"site").toInteger();
    for (const QJsonValue &v : json.value(u"roles").toArray())
        a.roles.append(v.toString());
    a.level = json.value(u"level").toInt();
    for (const QJsonValue &v : json.value(u"users").toArray())
        a.userIds.append(v.toInteger());
    return a;
}

} // namespace pd::server
