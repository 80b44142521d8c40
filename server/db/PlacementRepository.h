#pragma once
#include "app/domain/Error.h"
#include "app/domain/Placement.h"

#include <QHash>
#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// Storage for co-publishing (migration 9): which item carries a copy of which other item on which site. The
/// placement's state is read from the copy's own workflow, so it never disagrees with what the target site shows.
class PlacementRepository
{
public:
    explicit PlacementRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(qint64 sourceId, qint64 siteId, qint64 copyId, domain::Placement::Kind kind, qint64 createdBy,
                          const QDateTime &at);
    /// Every placement of an item, removed ones included, oldest first.
    Result<QList<domain::Placement>> ofSource(qint64 sourceId);
    /// The placements of an item still in force (not ended), oldest first.
    Result<QList<domain::Placement>> liveOfSource(qint64 sourceId);
    Result<std::optional<domain::Placement>> find(qint64 id);
    /// The placement an item is the copy of; nullopt for an item written on its own site.
    Result<std::optional<domain::Placement>> ofCopy(qint64 copyItemId);
    /// The placements whose copies live on `siteId` and are still in force, by copy id (for the review queue).
    Result<QHash<qint64, domain::Placement>> liveCopiesOn(qint64 siteId);
    Result<void> markRemoved(qint64 id, qint64 by, const QDateTime &at);

private:
    Result<QList<domain::Placement>> select(const QString &where, const QVariantList &binds);

    Database &m_db;
};

} // namespace pd::server
