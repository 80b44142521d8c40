#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QStringView>

namespace pd::server {

/// portald's role × site rules that are not workflow transitions (those live in the domain Workflow).
class AccessPolicy
{
public:
    /// Any role on the site (or a site-0 grant) lets a person see it.
    [[nodiscard]] static bool canSeeSite(const domain::User &user, qint64 siteId);
    /// Editors (and admins) create and edit content on a site.
    [[nodiscard]] static bool canEdit(const domain::User &user, qint64 siteId);
    [[nodiscard]] static bool isAdmin(const domain::User &user, qint64 siteId = 0);
    /// The guard in front of every administration change: nothing for an administrator, else 403 with `refusal`
    /// (the problem's detail, saying in Chinese what only administrators may do).
    [[nodiscard]] static Result<void> requireAdmin(const domain::User &user, QStringView refusal);
};

} // namespace pd::server
