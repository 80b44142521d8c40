#include "app/store/ItemCache.h"

#include "app/store/SqlTransaction.h"
#include "app/store/StoreDatabase.h"

#include "app/domain/IsoTime.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

ItemCache::ItemCache(const StoreDatabase &database)
    : m_database(database)
{
}

Result<void> ItemCache::cacheSites(const QList<domain::Site> &sites)
{
    QSqlDatabase d = m_database.db();
    SqlTransaction tx(d);
    if (auto r = m_database.exec(u"DELETE FROM sites"_s); !r)
        return r;
    for (qsizetype i = 0; i < sites.size(); ++i)
        if (auto r = m_database.exec(u"INSERT INTO sites (id, position, json) VALUES (?, ?, ?)"_s,
                                     {sites.at(i).id, int(i), StoreDatabase::toText(sites.at(i).toJson())});
            !r)
            return r;
    if (!tx.commit())
        return std::unexpected(m_database.error(u"commit"_s, d.lastError().text()));
    return {};
}

Result<QList<domain::Site>> ItemCache::cachedSites() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(u"SELECT json FROM sites ORDER BY position"_s))
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<domain::Site> sites;
    while (q.next())
        if (auto s = domain::Site::fromJson(StoreDatabase::toObject(q.value(0))))
            sites.append(*s);
    return sites;
}

Result<void> ItemCache::cacheColumns(qint64 siteId, const QList<domain::Column> &columns)
{
    QSqlDatabase d = m_database.db();
    SqlTransaction tx(d);
    if (auto r = m_database.exec(u"DELETE FROM columns WHERE site_id = ?"_s, {siteId}); !r)
        return r;
    for (qsizetype i = 0; i < columns.size(); ++i)
        if (auto r = m_database.exec(u"INSERT INTO columns (site_id, id, position, json) VALUES (?, ?, ?, ?)"_s,
                                     {siteId, columns.at(i).id, int(i), StoreDatabase::toText(columns.at(i).toJson())});
            !r)
            return r;
    if (!tx.commit())
        return std::unexpected(m_database.error(u"commit"_s, d.lastError().text()));
    return {};
}

Result<QList<domain::Column>> ItemCache::cachedColumns(qint64 siteId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT json FROM columns WHERE site_id = ? ORDER BY position"_s);
    q.addBindValue(siteId);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<domain::Column> columns;
    while (q.next())
        if (auto c = domain::Column::fromJson(StoreDatabase::toObject(q.value(0))))
            columns.append(*c);
    return columns;
}

Result<void> ItemCache::cacheItems(const QList<QJsonObject> &items)
{
    QSqlDatabase d = m_database.db();
    SqlTransaction tx(d);
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO items (id, site_id, type, state, title, revision, updated_at, json, index_no, category, "
              "column_ids, updated_ms, date_ms, validity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (id) DO UPDATE SET site_id = excluded.site_id, "
              "type = excluded.type, state = excluded.state, title = excluded.title, revision = excluded.revision, "
              "updated_at = excluded.updated_at, "
              "json = CASE WHEN excluded.revision = items.revision AND instr(excluded.json, '\"bodyHtml\"') = 0 "
              "THEN items.json ELSE excluded.json END, index_no = excluded.index_no, "
              "category = excluded.category, column_ids = excluded.column_ids, updated_ms = excluded.updated_ms, "
              "date_ms = excluded.date_ms, validity = excluded.validity WHERE excluded.revision >= items.revision"_s);
    const auto ms = [](const QJsonValue &v) {
        const QDateTime t = domain::IsoTime::parse(v.toString());
        return t.isValid() ? t.toMSecsSinceEpoch() : qint64(0);
    };
    // NOT NULL text columns: an absent value is stored as '' (a null QString would bind as NULL).
    const auto text = [](const QString &s) { return s.isNull() ? QString(u""_s) : s; };
    for (const QJsonObject &item : items) {
        const qint64 id = item.value(u"id").toInteger();
        if (id <= 0)
            continue;
        const QJsonObject disclosure = item.value(u"disclosure").toObject();
        QStringList columns;
        for (const QJsonValue &c : item.value(u"columns").toArray())
            columns.append(QString::number(c.toInteger()));
        const qint64 updatedMs = ms(item.value(u"updatedAt"));
        const qint64 publishedMs = ms(item.value(u"publishedAt"));
        q.addBindValue(id);
        q.addBindValue(item.value(u"site").toInteger(item.value(u"siteId").toInteger()));
        q.addBindValue(item.value(u"type").toString());
        q.addBindValue(item.value(u"state").toString());
        q.addBindValue(item.value(u"title").toString());
        q.addBindValue(item.value(u"revision").toInteger());
        q.addBindValue(item.value(u"updatedAt").toString());
        q.addBindValue(StoreDatabase::toText(item));
        q.addBindValue(text(item.value(u"indexNo").toString(disclosure.value(u"indexNo").toString())));
        q.addBindValue(text(item.value(u"topicCategory").toString(disclosure.value(u"topicCategory").toString())));
        q.addBindValue(text(columns.join(u',')));
        q.addBindValue(updatedMs);
        q.addBindValue(publishedMs > 0 ? publishedMs : updatedMs);
        // A summary carries the validity beside the 索引号, a full item inside its metadata; only a marked one counts.
        const bool marked = item.contains(u"effectiveDate") || disclosure.contains(u"effectiveDate");
        q.addBindValue(marked ? text(item.value(u"validity").toString(disclosure.value(u"validity").toString()))
                              : QString(u""_s));
        if (!q.exec())
            return std::unexpected(m_database.error(u"cache items"_s, q.lastError().text()));
    }
    q.finish();
    if (!tx.commit())
        return std::unexpected(m_database.error(u"commit"_s, d.lastError().text()));
    return {};
}

Result<void> ItemCache::removeCachedItem(qint64 id)
{
    return m_database.exec(u"DELETE FROM items WHERE id = ?"_s, {id});
}

Result<QList<QJsonObject>> ItemCache::cachedItems(qint64 siteId, int limit) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT json FROM items WHERE site_id = ? ORDER BY updated_at DESC, id DESC LIMIT ?"_s);
    q.addBindValue(siteId);
    q.addBindValue(limit);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<QJsonObject> items;
    while (q.next())
        items.append(StoreDatabase::toObject(q.value(0)));
    return items;
}

Result<std::optional<QJsonObject>> ItemCache::cachedItem(qint64 id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT json FROM items WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(StoreDatabase::toObject(q.value(0)));
}

} // namespace pd::store
