#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"

#include <QJsonObject>

namespace pd::admin {

/// An account as the administration API shows it (`GET /api/v1/users/{id}`): the person, whether they may sign
/// in, and the revision an edit must name in If-Match.
struct UserAccount {
    domain::User user;
    bool enabled = true;
    qint64 revision = 0;

    /// The fields an administrator sets (`POST /api/v1/users`, `PUT /api/v1/users/{id}`).
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<UserAccount> fromJson(const QJsonObject &json);
    friend bool operator==(const UserAccount &, const UserAccount &) = default;
};

} // namespace pd::admin
