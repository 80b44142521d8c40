#pragma once
#include "app/domain/Column.h"
#include "app/domain/Error.h"
#include "app/domain/ReviewPolicy.h"
#include "app/domain/SiteCategory.h"
#include "app/domain/Site.h"

#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// Sites of the portal group, their column trees and their own disclosure topic categories.
class SiteRepository
{
public:
    explicit SiteRepository(Database &db) : m_db(db) {}

    Result<QList<domain::Site>> sites();
    Result<std::optional<domain::Site>> site(qint64 id);
    /// Every column of a site, parents before children, siblings in sort order.
    Result<QList<domain::Column>> columns(qint64 siteId);
    Result<std::optional<domain::Column>> column(qint64 id);
    /// The column with a stable key (as in the demo files) on a site.
    Result<std::optional<qint64>> columnIdByKey(qint64 siteId, const QString &key);

    Result<qint64> createSite(const domain::Site &site);
    /// Writes every editable field of `site` (by its id) and bumps its revision.
    Result<void> updateSite(const domain::Site &site);
    /// How many sites exist: none means the data directory was never initialised.
    Result<int> count();
    /// nullopt for an unknown site.
    Result<std::optional<domain::ReviewPolicy>> reviewPolicy(qint64 siteId);
    /// Writes the levels, both exceptions and the review of placed copies, and bumps the site's revision.
    Result<void> setReviewPolicy(qint64 siteId, const domain::ReviewPolicy &policy);
    Result<qint64> createColumn(const domain::Column &column, const QString &key);
    Result<void> touchColumnPublished(qint64 columnId, qint64 atMsecs);
    /// Writes parent, name, kind, update rule, sort order and the two flags of a column (by its id).
    Result<void> updateColumn(const domain::Column &column);
    Result<void> deleteColumn(qint64 id);
    /// Items filed in a column: all of them, or only those published or scheduled.
    Result<int> itemsInColumn(qint64 columnId, bool publishedOnly);

    /// A site's own topic categories, top categories first, each group in its order.
    Result<QList<domain::SiteCategory>> siteCategories(qint64 siteId);
    /// The site category with this code (of any site); nullopt when there is none.
    Result<std::optional<domain::SiteCategory>> siteCategory(const QString &code);
    Result<void> createSiteCategory(const domain::SiteCategory &category);
    /// Writes name and position and bumps the revision.
    Result<void> updateSiteCategory(const domain::SiteCategory &category);
    Result<void> deleteSiteCategory(const QString &code);
    /// Items (of any state and revision) filed under `code` or one of its sub-categories.
    Result<int> itemsInCategory(const QString &code);

private:
    Database &m_db;
};

} // namespace pd::server
