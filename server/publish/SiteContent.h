#pragma once
#include "app/domain/Column.h"
#include "app/domain/Item.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/Site.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <set>
#include <utility>

namespace pd::server {

/// What the public site shows, held in memory between renders: the site, its column tree and every published item
/// (without its body, which is read only to render the item's own page). Lists come out newest first.
class SiteContent
{
public:
    void setSite(domain::Site site, QList<domain::Column> columns);
    void clearItems();

    [[nodiscard]] const domain::Site &site() const { return m_site; }
    [[nodiscard]] const QList<domain::Column> &columns() const { return m_columns; }
    [[nodiscard]] const domain::Column *column(qint64 id) const;
    [[nodiscard]] QList<const domain::Column *> topColumns() const;
    [[nodiscard]] QList<const domain::Column *> children(qint64 columnId) const;
    /// The column and its ancestors, root first.
    [[nodiscard]] QList<const domain::Column *> trail(qint64 columnId) const;
    /// The column's id and those of all its descendants.
    [[nodiscard]] QList<qint64> subtree(qint64 columnId) const;
    /// The first column of a kind (e.g. where 信息公开 or 网络直播 sits in the navigation), or nullptr.
    [[nodiscard]] const domain::Column *firstOfKind(domain::ColumnKind kind) const;

    /// Stores a published item (its body is dropped); replaces an earlier version.
    void upsert(domain::Item item);
    void remove(qint64 id);
    [[nodiscard]] const domain::Item *item(qint64 id) const;
    [[nodiscard]] qsizetype itemCount() const { return m_items.size(); }

    /// Published news and disclosure items filed in the column or one of its descendants.
    /// At most `limit` of them (all when negative): the home page needs the newest few only.
    [[nodiscard]] QList<const domain::Item *> inColumnTree(qint64 columnId, qsizetype limit = -1) const;
    [[nodiscard]] QList<const domain::Item *> ofType(domain::ItemType type, qsizetype limit = -1) const;
    /// Published features with `itemId` in one of their sections.
    [[nodiscard]] QList<const domain::Item *> featuresReferencing(qint64 itemId) const;
    /// Disclosure items whose topic category is `code` or, for a top category, one of its sub-categories.
    [[nodiscard]] QList<const domain::Item *> disclosuresIn(const QString &code) const;

    /// Live events with a public page, as the live back end describes them to the public.
    void setLiveEvent(const domain::LiveEvent &event) { m_liveEvents.insert(event.id, event); }
    void removeLiveEvent(qint64 id) { m_liveEvents.remove(id); }
    /// Live events, the latest start first.
    [[nodiscard]] QList<domain::LiveEvent> liveEvents() const;

private:
    /// (published at in ms, id): a set ordered oldest first, walked backwards for the newest-first lists.
    using OrderKey = std::pair<qint64, qint64>;
    [[nodiscard]] static OrderKey orderKey(const domain::Item &item);
    /// Every stored item matching `keep`, newest first — no sort per call: with 100,000 published items a listing
    /// is a walk down the order kept since the item was stored.
    template <typename Predicate>
    [[nodiscard]] QList<const domain::Item *> newestFirst(Predicate keep, qsizetype limit = -1) const;
    /// The few features, sorted the same way.
    [[nodiscard]] static QList<const domain::Item *> sortedNewestFirst(QList<const domain::Item *> items);

    domain::Site m_site;
    QList<domain::Column> m_columns;
    QHash<qint64, domain::Item> m_items;
    std::set<OrderKey> m_order;
    /// The same order per column the item is filed in (features excepted): a column listing walks its own items,
    /// not all 100,000.
    QHash<qint64, std::set<OrderKey>> m_byColumn;
    QSet<qint64> m_features; ///< ids of stored features (featuresReferencing() runs for every item page)
    QHash<qint64, domain::LiveEvent> m_liveEvents;
};

} // namespace pd::server
