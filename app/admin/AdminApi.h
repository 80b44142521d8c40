#pragma once
#include "app/admin/UserAccount.h"
#include "app/api/PortalClient.h"
#include "app/domain/Column.h"
#include "app/domain/ReviewPolicy.h"
#include "app/domain/Site.h"
#include "app/domain/SiteCategory.h"

#include <QObject>

namespace pd::admin {

/// The administration API (accounts, the sites of the group, their columns, own topic categories and review policies)
/// in typed calls over the signed-in PortalClient.
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
    void createSite(const domain::Site &site, QObject *context, Callback<domain::Site> done);
    /// Replaces the site's editable fields; `site.revision` goes into If-Match.
    void updateSite(const domain::Site &site, QObject *context, Callback<domain::Site> done);

    void reviewPolicy(qint64 siteId, QObject *context, Callback<domain::ReviewPolicy> done);
    /// `policy.revision` (its site's, as read) goes into If-Match.
    void setReviewPolicy(qint64 siteId, const domain::ReviewPolicy &policy, QObject *context,
                         Callback<domain::ReviewPolicy> done);

    /// The site's column tree, parents before children.
    void columns(qint64 siteId, QObject *context, Callback<QList<domain::Column>> done);
    /// A new column under `column.parentId` (0: top level), last among its siblings.
    void createColumn(const domain::Column &column, QObject *context, Callback<domain::Column> done);
    /// Sends only `fields` (name, parentId, position, kind, updateDays, inCatalogue, enabled) for `column`, its
    /// revision in If-Match.
    void updateColumn(const domain::Column &column, const QJsonObject &fields, QObject *context,
                      Callback<domain::Column> done);
    /// Deletes `column`, its revision in If-Match.
    void deleteColumn(const domain::Column &column, QObject *context, Callback<void> done);

    /// The site's own topic categories, top categories first.
    void categories(qint64 siteId, QObject *context, Callback<QList<domain::SiteCategory>> done);
    void createCategory(const domain::SiteCategory &category, QObject *context, Callback<domain::SiteCategory> done);
    /// Renames the category; `category.revision` goes into If-Match.
    void renameCategory(const domain::SiteCategory &category, QObject *context, Callback<domain::SiteCategory> done);
    void deleteCategory(const QString &code, QObject *context, Callback<void> done);

private:
    api::PortalClient &m_client;
};

} // namespace pd::admin
