#include "server/db/UserRepository.h"

#include "server/db/Database.h"

#include <QDateTime>
#include <QTimeZone>

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
    auto q = m_db.exec(u"SELECT id, username, display_name, must_change_password FROM users WHERE id = ? AND disabled = 0"_s,
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::User>();
    domain::User user;
    user.id = q->value(0).toLongLong();
    user.username = q->value(1).toString();
    user.displayName = q->value(2).toString();
    user.mustChangePassword = q->value(3).toInt() != 0;
    auto roles = rolesOf(id);
    if (!roles)
        return std::unexpected(roles.error());
    user.roles = std::move(*roles);
    return user;
}

Result<QList<domain::RoleGrant>> UserRepository::rolesOf(qint64 id)
{
    auto roles = m_db.exec(u"SELECT role, site_id, level FROM user_roles WHERE user_id = ? ORDER BY role, site_id, level"_s,
                           {id});
    if (!roles)
        return std::unexpected(roles.error());
    QList<domain::RoleGrant> out;
    while (roles->next())
        out.append(domain::RoleGrant{roles->value(0).toString(), roles->value(1).toLongLong(), roles->value(2).toInt()});
    return out;
}

Result<QList<UserRepository::Account>> UserRepository::accounts(std::optional<qint64> id)
{
    QString sql = u"SELECT id, username, display_name, must_change_password, disabled, revision, created_at FROM users"_s;
    QVariantList binds;
    if (id) {
        sql += u" WHERE id = ?"_s;
        binds.append(*id);
    }
    auto q = m_db.exec(sql + u" ORDER BY id"_s, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Account> out;
    while (q->next()) {
        Account a;
        a.user.id = q->value(0).toLongLong();
        a.user.username = q->value(1).toString();
        a.user.displayName = q->value(2).toString();
        a.user.mustChangePassword = q->value(3).toInt() != 0;
        a.enabled = q->value(4).toInt() == 0;
        a.revision = q->value(5).toLongLong();
        a.createdAt = q->value(6).toLongLong();
        out.append(a);
    }
    for (Account &a : out) {
        auto roles = rolesOf(a.user.id);
        if (!roles)
            return std::unexpected(roles.error());
        a.user.roles = std::move(*roles);
    }
    return out;
}

Result<void> UserRepository::update(const Account &account)
{
    if (auto r = m_db.exec(u"UPDATE users SET username = ?, display_name = ?, disabled = ?, revision = revision + 1 "
                           u"WHERE id = ?"_s,
                           {account.user.username, account.user.displayName, account.enabled ? 0 : 1, account.user.id});
        !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(u"DELETE FROM user_roles WHERE user_id = ?"_s, {account.user.id}); !r)
        return std::unexpected(r.error());
    for (const domain::RoleGrant &g : account.user.roles)
        if (auto r = m_db.exec(u"INSERT INTO user_roles (user_id, role, site_id, level) VALUES (?, ?, ?, ?)"_s,
                               {account.user.id, g.role, g.siteId, g.level});
            !r)
            return std::unexpected(r.error());
    return {};
}

Result<std::optional<qint64>> UserRepository::idOf(const QString &username)
{
    auto v = m_db.scalar(u"SELECT id FROM users WHERE LOWER(username) = LOWER(?)"_s, {username});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<int> UserRepository::enabledAdministrators()
{
    auto v = m_db.scalar(u"SELECT COUNT(DISTINCT u.id) FROM users u JOIN user_roles r ON r.user_id = u.id "
                         u"WHERE u.disabled = 0 AND r.role = 'admin'"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

QJsonObject UserRepository::Account::toJson() const
{
    QJsonObject out = user.toJson();
    out.insert(u"enabled"_s, enabled);
    out.insert(u"mustChangePassword"_s, user.mustChangePassword);
    out.insert(u"revision"_s, revision);
    out.insert(u"createdAt"_s, QDateTime::fromMSecsSinceEpoch(createdAt, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    return out;
}

Result<qint64> UserRepository::create(const domain::User &user, const QByteArray &passwordHash)
{
    auto id = m_db.insert(u"INSERT INTO users (username, display_name, password_hash, created_at, must_change_password) "
                          u"VALUES (?, ?, ?, ?, ?)"_s,
                          {user.username, user.displayName, QString::fromLatin1(passwordHash),
                           QDateTime::currentMSecsSinceEpoch(), user.mustChangePassword ? 1 : 0});
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

Result<void> UserRepository::setPassword(qint64 id, const QByteArray &passwordHash, bool mustChange)
{
    auto r = m_db.exec(u"UPDATE users SET password_hash = ?, must_change_password = ?, revision = revision + 1 WHERE id = ?"_s,
                       {QString::fromLatin1(passwordHash), mustChange ? 1 : 0, id});
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
