#pragma once
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/Site.h"
#include "app/domain/WorkingCalendar.h"
#include "server/seed/DemoSource.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace pd::server {

class Database;
class PasswordHasher;

/// Fills an empty database with the demo site, its columns, the demo accounts and the demo content — once.
class DemoSeeder
{
public:
    /// The password of every demo account.
    static constexpr QLatin1StringView kDemoPassword{"portaldesk-demo"};

    DemoSeeder(Database &db, PasswordHasher &hasher, DemoSource source);

    /// Whether this database was already seeded (then seed() does nothing).
    [[nodiscard]] Result<bool> alreadySeeded();
    Result<void> seed();

private:
    Result<qint64> seedSite(const QJsonObject &site);
    Result<void> seedColumns(qint64 siteId, const QJsonArray &columns, qint64 parentId);
    Result<void> seedUsers(qint64 siteId, const QJsonArray &users);
    Result<void> seedRules(qint64 siteId);
    Result<void> seedNews(const domain::Site &site);
    Result<void> seedFeatures(const domain::Site &site);
    Result<void> seedDisclosure(const domain::Site &site);
    /// The department sites of the group (member-sites.json, optional): each with its columns, accounts, review
    /// policy and published items, and roles on it for portal accounts that work on several sites.
    Result<void> seedMemberSites(qint64 portalId);
    Result<void> seedMemberSite(qint64 portalId, const QJsonObject &json);
    /// A department site's item, published by that site's own editor and reviewers (audit trail included).
    Result<void> storeMemberItem(domain::Item item, const domain::Site &site, int daysAgo, const QString &prefix);
    /// Sets each column's last publication from the published items of every type seeded into it.
    Result<void> stampLastPublished(const domain::Site &site);
    /// Stores one demo item in the workflow position its index in the file gives it (most are published).
    /// Returns the new id, or 0 when the entry was skipped as invalid.
    Result<qint64> store(domain::Item item, const domain::Site &site, int daysAgo, int position);
    Result<void> audit(qint64 itemId, const QDateTime &at, const QString &user, const QString &action,
                       domain::WorkflowState from, domain::WorkflowState to, const QString &comment = {});

    Database &m_db;
    PasswordHasher &m_hasher;
    DemoSource m_source;
    QHash<QString, qint64> m_columnIds; ///< demo column key → id
    QHash<QString, qint64> m_userIds;   ///< demo username → id
    QHash<QString, qint64> m_newsIds;   ///< news title → id (features reference news by title)
    QDateTime m_now;
    domain::WorkingCalendar m_calendar;
    int m_sortOrder = 0;
};

} // namespace pd::server
