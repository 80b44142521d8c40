#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::domain {

/// Role codes as the API spells them (domain.md "People and roles").
namespace roles {
inline constexpr QLatin1StringView Editor{"editor"};
inline constexpr QLatin1StringView Reviewer{"reviewer"};
inline constexpr QLatin1StringView Publisher{"publisher"};
inline constexpr QLatin1StringView LiveReporter{"live_reporter"};
inline constexpr QLatin1StringView LiveModerator{"live_moderator"};
inline constexpr QLatin1StringView Admin{"admin"};
} // namespace roles

/// One role a user holds on one site (site 0: every site); reviewers carry their level (1..N).
struct RoleGrant {
    QString role;
    qint64 siteId = 0;
    int level = 0;
    friend bool operator==(const RoleGrant &, const RoleGrant &) = default;
};

/// A signed-in person as `GET /api/v1/me` describes them.
struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    QList<RoleGrant> roles;
    /// An administrator reset the password: until the user sets their own, only that (and signing out) is allowed.
    bool mustChangePassword = false;

    [[nodiscard]] bool hasRole(QStringView role, qint64 siteId = 0) const;
    /// Review levels this user may act at on a site (sorted, unique).
    [[nodiscard]] QList<int> reviewLevels(qint64 siteId) const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<User> fromJson(const QJsonObject &json);
    friend bool operator==(const User &, const User &) = default;
};

/// The Chinese name of a role code, for display.
[[nodiscard]] QString roleDisplayName(QStringView role);

} // namespace pd::domain
