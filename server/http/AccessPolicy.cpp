#include "server/http/AccessPolicy.h"

#include <algorithm>

namespace pd::server {

bool AccessPolicy::canSeeSite(const domain::User &user, qint64 siteId)
{
    return std::ranges::any_of(user.roles, [&](const domain::RoleGrant &g) { return g.siteId == 0 || g.siteId == siteId; });
}

bool AccessPolicy::canEdit(const domain::User &user, qint64 siteId)
{
    return user.hasRole(QString(domain::roles::Editor), siteId) || user.hasRole(QString(domain::roles::Admin), siteId);
}

bool AccessPolicy::isAdmin(const domain::User &user, qint64 siteId)
{
    return user.hasRole(QString(domain::roles::Admin), siteId);
}

Result<void> AccessPolicy::requireAdmin(const domain::User &user, QStringView refusal)
{
    if (!isAdmin(user))
        return fail(ErrorCode::Forbidden, refusal.toString());
    return {};
}

} // namespace pd::server
