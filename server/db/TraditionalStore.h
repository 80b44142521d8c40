#pragma once
#include "app/domain/Error.h"

#include <QString>
#include <optional>

namespace pd::server {

class Database;

/// Storage for the 繁体版 (migration 6): each site's OpenCC variant (s2t, s2tw, s2twp, s2hk) and, for each
/// Simplified item, the Traditional item made from it and the source revision it was made from.
class TraditionalStore
{
public:
    struct Link {
        qint64 sourceId = 0;
        qint64 itemId = 0;
        QString variant;
        qint64 sourceRevision = 0;
    };

    explicit TraditionalStore(Database &db) : m_db(db) {}

    /// The site's variant code; nullopt when none was chosen.
    Result<std::optional<QString>> siteVariant(qint64 siteId);
    Result<void> setSiteVariant(qint64 siteId, const QString &variant);

    Result<std::optional<Link>> linkOf(qint64 sourceId);
    /// Whether `itemId` is the Traditional copy of some item.
    Result<bool> isCopy(qint64 itemId);
    /// Inserts or updates the link of `link.sourceId`.
    Result<void> saveLink(const Link &link);

private:
    Database &m_db;
};

} // namespace pd::server
