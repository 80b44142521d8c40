#pragma once
#include "app/admin/UserAccount.h"
#include "app/api/PortalClient.h"
#include "app/domain/Site.h"

#include <QObject>

namespace pd::admin {

/// The administration API (`/api/v1/users`, the sites of the group) in typed calls over the signed-in PortalClient.
/// Every call answers exactly once, unless `context` is destroyed first; edits send If-Match with the revision the
/// caller read, so a change made meanwhile by someone else comes back as PreconditionFailed (with `current`).
class AdminApi : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminApi)

public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    /// A new account and the one-time password it signs in with (shown once, never stored).
    struct Created {
        UserAccount account;
        QString oneTimePassword;
    };

    explicit AdminApi(api::PortalClient &client, QObject *parent = nullptr);

    void users(QObject *context, Callback<QList<UserAccount>> done);
    void createUser(const UserAccount &account, QObject *context, Callback<Created> done);
    /// Replaces the account's editable fields; `account.revision` goes into If-Match.
    void updateUser(const UserAccount &account, QObject *context, Callback<UserAccount> done);
    /// A new one-time password; the user must choose their own at the next sign-in.
    void resetPassword(qint64 userId, QObject *context, Callback<QString> done);

    /// Every site of the group (an administrator sees them all), for the role pickers and filters.
    void sites(QObject *context, Callback<QList<domain::Site>> done);

private:
    api::PortalClient &m_client;
};

} // namespace pd::admin
