#pragma once
#include "app/domain/User.h"

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
};

} // namespace pd::server
