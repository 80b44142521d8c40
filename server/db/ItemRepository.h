#pragma once
#include "server/db/ItemQuery.h"
#include "app/domain/Error.h"
#include "app/domain/Item.h"
#include "app/domain/ItemAuditEntry.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QVariant>
#include <functional>
#include <optional>

namespace pd::server {

class Database;

/// Items with their full revision history, audit log and search index. Every write keeps all of them in step;
/// callers wrap related writes in one Transaction.
class ItemRepository
{
public:
    struct Page {
        QList<domain::Item> items; ///< summary fields only (no body)
        QString nextCursor;        ///< empty on the last page
    };
    struct RevisionInfo {
        qint64 revision = 0;
        QDateTime savedAt;
        qint64 savedBy = 0;
        QString savedByName;
        domain::ItemState state = domain::ItemState::Draft;
    };

    explicit ItemRepository(Database &db) : m_db(db) {}

    Result<std::optional<domain::Item>> find(qint64 id);
    /// Every item of the site in `state`, by id, in one query — the public site's index, 100,000 items on a busy
    /// portal; without `withBody` their `bodyHtml` stays empty (neither read nor parsed).
    Result<QList<domain::Item>> allInState(qint64 siteId, domain::ItemState state, bool withBody);
    /// Up to `limit` published items of the site with ids in (afterId, uptoId], in id order, bodies included, in
    /// one query: a sweep's batch. A non-empty `condition` (SQL over `items`, its `?` bound to `binds`) narrows it
    /// to the items a rule change could concern.
    Result<QList<domain::Item>> publishedBetween(qint64 siteId, qint64 afterId, qint64 uptoId, int limit,
                                                 const QString &condition, const QVariantList &binds);
    /// Inserts a new item (revision 1) and returns its id; `item.id` is set.
    Result<qint64> insert(domain::Item &item, qint64 actorId);
    /// Stores `item` as its new revision (the caller has bumped `revision` and `updatedAt`).
    Result<void> update(const domain::Item &item, qint64 actorId);
    Result<void> remove(qint64 id);
    Result<Page> list(const ItemQuery &query);

    Result<QList<RevisionInfo>> revisions(qint64 id);
    Result<std::optional<domain::Item>> revision(qint64 id, qint64 revision);

    Result<void> addAudit(qint64 itemId, const domain::ItemAuditEntry &entry);
    Result<QList<domain::ItemAuditEntry>> audit(qint64 itemId);

    /// The next 索引号 sequence for an org code and year; gap-free because it runs inside the caller's transaction.
    Result<int> nextIndexSequence(const QString &orgCode, int year);

    /// Scheduled items whose publish time has come.
    Result<QList<qint64>> dueScheduled(const QDateTime &now);
    /// The earliest pending scheduled publish time, if any.
    Result<std::optional<QDateTime>> nextScheduled();
    /// Ids of every published feature (few: a site runs a handful of 专题 at a time).
    Result<QList<qint64>> publishedFeatures();
    /// Every feature of a site referencing `itemId` (full items).
    Result<QList<domain::Item>> featuresReferencing(qint64 siteId, qint64 itemId);
    /// Items submitted at one of `levels` (and, with `approved`, approved items waiting to be published), most
    /// urgent first, handed to `visit` one at a time: a queue can hold ten thousand items, and a list of full Item
    /// values (about 800 bytes each) cost more in memory traffic than reading the rows.
    Result<void> forEachInReviewQueue(qint64 siteId, const QList<int> &levels, bool approved,
                                      const std::function<void(const domain::Item &)> &visit);
    /// Disclosure item counts per topic category code (all states, and published only).
    Result<QHash<QString, QPair<int, int>>> disclosureCounts(qint64 siteId);
    /// Which of `ids` exist on `siteId`.
    Result<QList<qint64>> existingOnSite(qint64 siteId, const QList<qint64> &ids);

    /// Fills the bigram search index for items stored before it existed; returns how many were indexed.
    Result<int> ensureSearchIndex();

private:
    /// Item summaries (no body) of the rows matching `condition`, with the two disclosure fields lists show.
    Result<QList<domain::Item>> summaryRows(const QString &condition, const QVariantList &binds);
    Result<void> writeBigrams(qint64 id, const QString &text);
    Result<void> writeSide(const domain::Item &item, qint64 actorId, const QString &snapshot);

    Database &m_db;
};

} // namespace pd::server
