#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/Site.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace pd::store {

class StoreDatabase;

/// The account's copy of what the portal sent — sites, column trees, items (full or summaries) — for an instant
/// start and for working while the portal cannot be reached. Part of LocalStore, on its connection.
class ItemCache
{
public:
    explicit ItemCache(const StoreDatabase &database);

    Result<void> cacheSites(const QList<domain::Site> &sites);
    [[nodiscard]] Result<QList<domain::Site>> cachedSites() const;
    Result<void> cacheColumns(qint64 siteId, const QList<domain::Column> &columns);
    [[nodiscard]] Result<QList<domain::Column>> cachedColumns(qint64 siteId) const;
    /// Inserts or updates items (Item::toJson or summary form); an older revision never replaces a newer one, and a
    /// summary never replaces the full item of the same revision (what opens offline).
    Result<void> cacheItems(const QList<QJsonObject> &items);
    Result<void> removeCachedItem(qint64 id);
    /// Cached items of a site, most recently updated first.
    [[nodiscard]] Result<QList<QJsonObject>> cachedItems(qint64 siteId, int limit = -1) const;
    [[nodiscard]] Result<std::optional<QJsonObject>> cachedItem(qint64 id) const;

private:
    const StoreDatabase &m_database;
};

} // namespace pd::store
