#include "server/db/UserRepository.h"

#include "server/db/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<std::optional<UserRepository::Credentials>> UserRepository::credentials(const QString &username)
{
    auto q = m_db.exec(u"SELECT id, password_hash, disabled FROM users WHERE username = ?"_s, {username});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Credentials>();
    return Credentials{q->value(0).toLongLong(), q->value(1).toString().toUtf8(), q->value(2).toInt() != 0};
}

Result<std::optional<domain::User>> UserRepository::find(qint64 id)
{
    auto q = m_db.exec(u"SELECT id, username, display_name FROM users WHERE id = ? AND disabled = 0"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::User>();
    domain::User user;
    user.id = q->value(0).toLongLong();
    user.username = q->value(1).toString();
    user.displayName = q->value(2).toString();
    auto roles = m_db.exec(u"SELECT role, site_id, level FROM user_roles WHERE user_id = ? ORDER BY role, site_id, level"_s,
                           {id});
    if (!roles)
        return std::unexpected(roles.error());
    while (roles->next())
        user.roles.append(domain::RoleGrant{roles->value(0).toString(), roles->value(1).toLongLong(), roles->value(2).toInt()});
    return user;
}

Result<qint64> UserRepository::create(const domain::User &user, const QByteArray &passwordHash)
{
    auto id = m_db.insert(u"INSERT INTO users (username, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)"_s,
                          {user.username, user.displayName, QString::fromLatin1(passwordHash),
                           QDateTime::currentMSecsSinceEpoch()});
    if (!id)
        return id;
    for (const domain::RoleGrant &g : user.roles) {
        if (auto r = m_db.exec(u"INSERT INTO user_roles (user_id, role, site_id, level) VALUES (?, ?, ?, ?)"_s,
                               {*id, g.role, g.siteId, g.level});
            !r)
            return std::unexpected(r.error());
    }
    return id;
}

Result<void> UserRepository::setPasswordHash(qint64 id, const QByteArray &passwordHash)
{
    auto r = m_db.exec(u"UPDATE users SET password_hash = ? WHERE id = ?"_s, {QString::fromLatin1(passwordHash), id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<int> UserRepository::count()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM users"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

} // namespace pd::server
