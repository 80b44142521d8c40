#include "server/db/TraditionalStore.h"

#include "server/db/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<std::optional<QString>> TraditionalStore::siteVariant(qint64 siteId)
{
    auto v = m_db.scalar(u"SELECT variant FROM traditional_settings WHERE site_id = ?"_s, {siteId});
    if (!v)
        return std::unexpected(v.error());
    if (!v->isValid())
        return std::optional<QString>();
    return std::optional<QString>(v->toString());
}

Result<void> TraditionalStore::setSiteVariant(qint64 siteId, const QString &variant)
{
    auto r = m_db.exec(u"INSERT INTO traditional_settings (site_id, variant) VALUES (?, ?) "
                       u"ON CONFLICT (site_id) DO UPDATE SET variant = excluded.variant"_s,
                       {siteId, variant});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<std::optional<TraditionalStore::Link>> TraditionalStore::linkOf(qint64 sourceId)
{
    auto q = m_db.exec(u"SELECT item_id, variant, source_revision FROM traditional_items WHERE source_id = ?"_s,
                       {sourceId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Link>();
    return std::optional<Link>(Link{sourceId, q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()});
}

Result<bool> TraditionalStore::isCopy(qint64 itemId)
{
    auto v = m_db.scalar(u"SELECT source_id FROM traditional_items WHERE item_id = ?"_s, {itemId});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid();
}

Result<void> TraditionalStore::saveLink(const Link &link)
{
    auto r = m_db.exec(u"INSERT INTO traditional_items (source_id, item_id, variant, source_revision, updated_at) "
                       u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id) DO UPDATE SET item_id = excluded.item_id, "
                       u"variant = excluded.variant, source_revision = excluded.source_revision, "
                       u"updated_at = excluded.updated_at"_s,
                       {link.sourceId, link.itemId, link.variant, link.sourceRevision,
                        QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace pd::server
