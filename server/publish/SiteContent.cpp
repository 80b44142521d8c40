#include "server/publish/SiteContent.h"

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace pd::server {

void SiteContent::setSite(domain::Site site, QList<domain::Column> columns)
{
    m_site = std::move(site);
    m_columns = std::move(columns);
    std::stable_sort(m_columns.begin(), m_columns.end(),
                     [](const domain::Column &a, const domain::Column &b) { return a.sortOrder < b.sortOrder; });
}

const domain::Column *SiteContent::column(qint64 id) const
{
    for (const domain::Column &c : m_columns)
        if (c.id == id)
            return &c;
    return nullptr;
}

QList<const domain::Column *> SiteContent::topColumns() const
{
    return children(0);
}

QList<const domain::Column *> SiteContent::children(qint64 columnId) const
{
    QList<const domain::Column *> out;
    for (const domain::Column &c : m_columns)
        if (c.parentId == columnId)
            out.append(&c);
    return out;
}

QList<const domain::Column *> SiteContent::trail(qint64 columnId) const
{
    QList<const domain::Column *> out;
    for (const domain::Column *c = column(columnId); c && out.size() < 16; c = column(c->parentId))
        out.prepend(c);
    return out;
}

QList<qint64> SiteContent::subtree(qint64 columnId) const
{
    QList<qint64> out{columnId};
    for (qsizetype i = 0; i < out.size(); ++i)
        for (const domain::Column *child : children(out.at(i)))
            if (!out.contains(child->id))
                out.append(child->id);
    return out;
}

const domain::Column *SiteContent::firstOfKind(domain::ColumnKind kind) const
{
    for (const domain::Column &c : m_columns)
        if (c.kind == kind)
            return &c;
    return nullptr;
}

SiteContent::OrderKey SiteContent::orderKey(const domain::Item &item)
{
    return {item.publishedAt.isValid() ? item.publishedAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
            item.id};
}

void SiteContent::clearItems()
{
    m_items.clear();
    m_order.clear();
    m_features.clear();
    m_byColumn.clear();
}

void SiteContent::upsert(domain::Item item)
{
    item.bodyHtml.clear();
    item.pendingRevision.reset(); // an edit under review is nobody's business on the public site

    const qint64 id = item.id;
    remove(id);
    const OrderKey key = orderKey(item);
    m_order.insert(key);
    if (item.type == domain::ItemType::Feature)
        m_features.insert(id);
    else
        for (const qint64 c : std::as_const(item.columnIds))
            m_byColumn[c].insert(key);
    m_items.insert(id, std::move(item));
}

void SiteContent::remove(qint64 id)
{
    const auto it = m_items.constFind(id);
    if (it == m_items.cend())
        return;
    const OrderKey key = orderKey(*it);
    m_order.erase(key);
    m_features.remove(id);
    for (const qint64 c : std::as_const(it->columnIds))
        if (const auto column = m_byColumn.find(c); column != m_byColumn.end())
            column->erase(key);
    m_items.erase(it);
}

const domain::Item *SiteContent::item(qint64 id) const
{
    const auto it = m_items.constFind(id);
    return it == m_items.cend() ? nullptr : &*it;
}

template <typename Predicate>
QList<const domain::Item *> SiteContent::newestFirst(Predicate keep, qsizetype limit) const
{
    QList<const domain::Item *> out;
    for (auto key = m_order.crbegin(); key != m_order.crend() && out.size() != limit; ++key) {
        const auto it = m_items.constFind(key->second);
        if (it != m_items.cend() && keep(*it))
            out.append(&*it);
    }
    return out;
}

QList<const domain::Item *> SiteContent::inColumnTree(qint64 columnId, qsizetype limit) const
{
    // A merge of the subtree's per-column orders, newest first; an item filed in two of them is listed once.
    using Reverse = std::set<OrderKey>::const_reverse_iterator;
    QList<std::pair<Reverse, Reverse>> cursors;
    for (const qint64 id : subtree(columnId))
        if (const auto column = m_byColumn.constFind(id); column != m_byColumn.cend() && !column->empty())
            cursors.append(std::pair{column->crbegin(), column->crend()});
    QList<const domain::Item *> out;
    std::optional<OrderKey> last;
    while (out.size() != limit) {
        qsizetype best = -1;
        for (qsizetype i = 0; i < cursors.size(); ++i)
            if (cursors[i].first != cursors[i].second
                && (best < 0 || *cursors[i].first > *cursors[best].first))
                best = i;
        if (best < 0)
            break;
        const OrderKey key = *cursors[best].first++;
        if (last == key)
            continue;
        last = key;
        if (const domain::Item *found = item(key.second))
            out.append(found);
    }
    return out;
}

QList<const domain::Item *> SiteContent::ofType(domain::ItemType type, qsizetype limit) const
{
    if (type == domain::ItemType::Feature) {
        QList<const domain::Item *> out;
        for (const qint64 id : m_features)
            out.append(item(id));
        out = sortedNewestFirst(std::move(out));
        return limit < 0 ? out : out.mid(0, limit);
    }
    return newestFirst([&](const domain::Item &item) { return item.type == type; }, limit);
}

QList<const domain::Item *> SiteContent::featuresReferencing(qint64 itemId) const
{
    QList<const domain::Item *> out;
    for (const qint64 id : m_features) {
        const domain::Item *feature = item(id);
        if (feature && feature->feature && feature->feature->referencedItems().contains(itemId))
            out.append(feature);
    }
    return sortedNewestFirst(std::move(out));
}

QList<const domain::Item *> SiteContent::disclosuresIn(const QString &code) const
{
    if (code.isEmpty())
        return {};
    return newestFirst([&](const domain::Item &item) {
        return item.disclosure && item.disclosure->topicCategory.startsWith(code);
    });
}

QList<const domain::Item *> SiteContent::sortedNewestFirst(QList<const domain::Item *> items)
{
    std::sort(items.begin(), items.end(),
              [](const domain::Item *a, const domain::Item *b) { return orderKey(*a) > orderKey(*b); });
    return items;
}

QList<domain::LiveEvent> SiteContent::liveEvents() const
{
    QList<domain::LiveEvent> out = m_liveEvents.values();
    std::sort(out.begin(), out.end(), [](const domain::LiveEvent &a, const domain::LiveEvent &b) {
        if (a.startsAt != b.startsAt)
            return a.startsAt > b.startsAt;
        return a.id > b.id;
    });
    return out;
}

} // namespace pd::server
