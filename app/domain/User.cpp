#include "app/domain/User.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::domain {

bool User::hasRole(QStringView role, qint64 siteId) const
{
    return std::ranges::any_of(roles, [&](const RoleGrant &g) {
        return g.role == role && (siteId == 0 || g.siteId == 0 || g.siteId == siteId);
    });
}

QList<int> User::reviewLevels(qint64 siteId) const
{
    QList<int> levels;
    for (const RoleGrant &g : roles) {
        if (g.role == roles::Reviewer && (g.siteId == 0 || g.siteId == siteId) && g.level > 0 && !levels.contains(g.level))
            levels.append(g.level);
    }
    std::ranges::sort(levels);
    return levels;
}

QJsonObject User::toJson() const
{
    QJsonArray grants;
    for (const RoleGrant &g : roles) {
        QJsonObject o{{u"role"_s, g.role}, {u"site"_s, g.siteId}};
        if (g.level > 0)
            o.insert(u"level"_s, g.level);
        grants.append(o);
    }
    QJsonObject out{{u"id"_s, id}, {u"username"_s, username}, {u"displayName"_s, displayName}, {u"roles"_s, grants}};
    if (mustChangePassword)
        out.insert(u"mustChangePassword"_s, true);
    return out;
}

Result<User> User::fromJson(const QJsonObject &json)
{
    User u;
    u.id = json.value(u"id").toInteger();
    u.username = json.value(u"username").toString();
    u.displayName = json.value(u"displayName").toString();
    u.mustChangePassword = json.value(u"mustChangePassword").toBool(false);
    if (u.id <= 0 || u.username.isEmpty())
        return fail(ErrorCode::BadResponse, QCoreApplication::translate("pd::domain", "The server sent an incomplete user."));
    for (const QJsonValue &v : json.value(u"roles").toArray()) {
        const QJsonObject o = v.toObject();
        u.roles.append(RoleGrant{o.value(u"role").toString(), o.value(u"site").toInteger(), o.value(u"level").toInt()});
    }
    return u;
}

QString roleDisplayName(QStringView role)
{
    if (role == roles::Editor) return QCoreApplication::translate("pd::domain", "Editor");
    if (role == roles::Reviewer) return QCoreApplication::translate("pd::domain", "Reviewer");
    if (role == roles::Publisher) return QCoreApplication::translate("pd::domain", "Publisher");
    if (role == roles::LiveReporter) return QCoreApplication::translate("pd::domain", "Live reporter");
    if (role == roles::LiveModerator) return QCoreApplication::translate("pd::domain", "Live moderator");
    if (role == roles::Admin) return QCoreApplication::translate("pd::domain", "Administrator");
    return role.toString();
}

} // namespace pd::domain
