#pragma once
#include "domain/Error.h"
#include "seed/DemoSource.h"

#include <QHash>
#include <QJsonArray>

namespace pd::server {

class Database;
class PasswordHasher;

/// Fills an empty database with the demo site, its columns, the demo accounts and the demo content — once.
class DemoSeeder
{
public:
    /// The password of every demo account (interface (C)).
    static constexpr QLatin1StringView kDemoPassword{"portaldesk-demo"};

    DemoSeeder(Database &db, PasswordHasher &hasher, DemoSource source);

    /// Whether this database was already seeded (then seed() does nothing).
    [[nodiscard]] Result<bool> alreadySeeded();
    Result<void> seed();

private:
    Result<qint64> seedSite(const QJsonObject &site);
    Result<void> seedColumns(qint64 siteId, const QJsonArray &columns, qint64 parentId);
    Result<void> seedUsers(qint64 siteId, const QJsonArray &users);

    Database &m_db;
    PasswordHasher &m_hasher;
    DemoSource m_source;
    QHash<QString, qint64> m_columnIds; ///< demo column key → id
    int m_sortOrder = 0;
};

} // namespace pd::server
