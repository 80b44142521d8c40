#include "server/db/SiteRepository.h"

#include "server/db/Database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

domain::Site siteFromQuery(const QSqlQuery &q)
{
    domain::Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.domain = q.value(2).toString();
    s.siteCode = q.value(3).toString();
    s.orgCode = q.value(4).toString();
    s.reviewLevels = q.value(5).toInt();
    s.reviewHours = q.value(6).toDouble();
    s.parentSiteId = q.value(7).toLongLong();
    s.enabled = q.value(8).toInt() != 0;
    s.traditional = q.value(9).toInt() != 0;
    s.publicUrl = q.value(10).toString();
    s.revision = q.value(11).toLongLong();
    s.workingHours = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    return s;
}

const QString kSiteColumns = u"SELECT id, name, domain, site_code, org_code, review_levels, review_hours, parent_site_id, "
                              u"enabled, traditional, public_url, revision, working_hours FROM sites"_s;
const QString kColumnColumns =
    u"SELECT id, site_id, parent_id, name, kind, update_days, sort_order, last_published_at, in_catalogue, enabled, "
    u"revision FROM site_columns"_s;

domain::Column columnFromQuery(const QSqlQuery &q)
{
    domain::Column c;
    c.id = q.value(0).toLongLong();
    c.siteId = q.value(1).toLongLong();
    c.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    c.name = q.value(3).toString();
    c.kind = domain::columnKindFromCode(q.value(4).toString()).value_or(domain::ColumnKind::News);
    c.updateDays = q.value(5).toInt();
    c.sortOrder = q.value(6).toInt();
    if (!q.value(7).isNull())
        c.lastPublishedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), QTimeZone::UTC);
    c.inCatalogue = q.value(8).toInt() != 0;
    c.enabled = q.value(9).toInt() != 0;
    c.revision = q.value(10).toLongLong();
    return c;
}

/// Text columns are NOT NULL; a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
}

/// '' for the default calendar, so a site nobody configured follows the default if it ever changes.
QString workingHoursText(const domain::Site &site)
{
    return site.workingHours.isEmpty()
               ? u""_s
               : QString::fromUtf8(QJsonDocument(site.workingHours).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<domain::Site>> SiteRepository::sites()
{
    auto q = m_db.exec(kSiteColumns + u" ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Site> out;
    while (q->next())
        out.append(siteFromQuery(*q));
    return out;
}

Result<std::optional<domain::Site>> SiteRepository::site(qint64 id)
{
    auto q = m_db.exec(kSiteColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::Site>();
    return siteFromQuery(*q);
}

Result<QList<domain::Column>> SiteRepository::columns(qint64 siteId)
{
    auto q = m_db.exec(kColumnColumns + u" WHERE site_id = ? ORDER BY sort_order, id"_s, {siteId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::Column> all;
    while (q->next())
        all.append(columnFromQuery(*q));

    // Depth-first order so a client can build the tree in one pass.
    QHash<qint64, QList<domain::Column>> byParent;
    for (const domain::Column &c : all)
        byParent[c.parentId].append(c);
    QList<domain::Column> ordered;
    ordered.reserve(all.size());
    const auto visit = [&](auto &&self, qint64 parent) -> void {
        for (const domain::Column &c : byParent.value(parent)) {
            ordered.append(c);
            self(self, c.id);
        }
    };
    visit(visit, 0);
    return ordered;
}

Result<std::optional<domain::Column>> SiteRepository::column(qint64 id)
{
    auto q = m_db.exec(kColumnColumns + u" WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::Column>();
    return columnFromQuery(*q);
}

Result<std::optional<qint64>> SiteRepository::columnIdByKey(qint64 siteId, const QString &key)
{
    auto v = m_db.scalar(u"SELECT id FROM site_columns WHERE site_id = ? AND col_key = ?"_s, {siteId, key});
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() ? std::optional<qint64>(v->toLongLong()) : std::nullopt;
}

Result<qint64> SiteRepository::createSite(const domain::Site &site)
{
    return m_db.insert(u"INSERT INTO sites (name, domain, site_code, org_code, review_levels, review_hours, parent_site_id, "
                       u"enabled, traditional, public_url, working_hours) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {text(site.name), text(site.domain), text(site.siteCode), text(site.orgCode), site.reviewLevels,
                        site.reviewHours, site.parentSiteId, site.enabled ? 1 : 0, site.traditional ? 1 : 0,
                        text(site.publicUrl), workingHoursText(site)});
}

Result<void> SiteRepository::updateSite(const domain::Site &site)
{
    auto r = m_db.exec(u"UPDATE sites SET name = ?, domain = ?, site_code = ?, org_code = ?, review_levels = ?, "
                       u"review_hours = ?, parent_site_id = ?, enabled = ?, traditional = ?, public_url = ?, "
                       u"working_hours = ?, revision = revision + 1 WHERE id = ?"_s,
                       {text(site.name), text(site.domain), text(site.siteCode), text(site.orgCode), site.reviewLevels,
                        site.reviewHours, site.parentSiteId, site.enabled ? 1 : 0, site.traditional ? 1 : 0,
                        text(site.publicUrl), workingHoursText(site), site.id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<int> SiteRepository::count()
{
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM sites"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<std::optional<domain::ReviewPolicy>> SiteRepository::reviewPolicy(qint64 siteId)
{
    auto q = m_db.exec(u"SELECT review_levels, allow_same_reviewer, allow_author_review, review_placements, revision "
                       u"FROM sites WHERE id = ?"_s,
                       {siteId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::ReviewPolicy>();
    return domain::ReviewPolicy{q->value(0).toInt(), q->value(1).toInt() != 0, q->value(2).toInt() != 0,
                                q->value(3).toInt() != 0, q->value(4).toLongLong()};
}

Result<void> SiteRepository::setReviewPolicy(qint64 siteId, const domain::ReviewPolicy &policy)
{
    auto r = m_db.exec(u"UPDATE sites SET review_levels = ?, allow_same_reviewer = ?, allow_author_review = ?, "
                       u"review_placements = ?, revision = revision + 1 WHERE id = ?"_s,
                       {policy.levels, policy.allowSameReviewerAcrossLevels ? 1 : 0, policy.allowAuthorReview ? 1 : 0,
                        policy.reviewPlacements ? 1 : 0, siteId});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<qint64> SiteRepository::createColumn(const domain::Column &column, const QString &key)
{
    return m_db.insert(u"INSERT INTO site_columns (site_id, parent_id, col_key, name, kind, update_days, sort_order, "
                       u"in_catalogue, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {column.siteId, column.parentId > 0 ? QVariant(column.parentId) : QVariant(QMetaType::fromType<qint64>()),
                        key, column.name, domain::columnKindCode(column.kind), column.updateDays, column.sortOrder,
                        column.inCatalogue ? 1 : 0, column.enabled ? 1 : 0});
}

Result<void> SiteRepository::updateColumn(const domain::Column &column)
{
    auto r = m_db.exec(u"UPDATE site_columns SET parent_id = ?, name = ?, kind = ?, update_days = ?, sort_order = ?, "
                       u"in_catalogue = ?, enabled = ?, revision = revision + 1 WHERE id = ?"_s,
                       {column.parentId > 0 ? QVariant(column.parentId) : QVariant(QMetaType::fromType<qint64>()), column.name,
                        domain::columnKindCode(column.kind), column.updateDays, column.sortOrder,
                        column.inCatalogue ? 1 : 0, column.enabled ? 1 : 0, column.id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> SiteRepository::deleteColumn(qint64 id)
{
    auto r = m_db.exec(u"DELETE FROM site_columns WHERE id = ?"_s, {id});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<int> SiteRepository::itemsInColumn(qint64 columnId, bool publishedOnly)
{
    auto v = m_db.scalar(publishedOnly ? u"SELECT COUNT(*) FROM item_columns c JOIN items i ON i.id = c.item_id "
                                         u"WHERE c.column_id = ? AND i.state IN ('published', 'scheduled')"_s
                                       : u"SELECT COUNT(*) FROM item_columns WHERE column_id = ?"_s,
                         {columnId});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QList<domain::SiteCategory>> SiteRepository::siteCategories(qint64 siteId)
{
    auto q = m_db.exec(u"SELECT code, site_id, parent_code, name, position, revision FROM disclosure_categories "
                       u"WHERE site_id = ? ORDER BY CASE WHEN parent_code = '' THEN 0 ELSE 1 END, parent_code, position, code"_s,
                       {siteId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::SiteCategory> out;
    while (q->next())
        out.append(domain::SiteCategory{q->value(0).toString(), q->value(3).toString(), q->value(2).toString(),
                                        q->value(1).toLongLong(), q->value(4).toInt(), q->value(5).toLongLong()});
    return out;
}

Result<std::optional<domain::SiteCategory>> SiteRepository::siteCategory(const QString &code)
{
    auto q = m_db.exec(u"SELECT code, site_id, parent_code, name, position, revision FROM disclosure_categories "
                       u"WHERE code = ?"_s,
                       {code});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<domain::SiteCategory>();
    return domain::SiteCategory{q->value(0).toString(), q->value(3).toString(), q->value(2).toString(),
                                q->value(1).toLongLong(), q->value(4).toInt(), q->value(5).toLongLong()};
}

Result<void> SiteRepository::createSiteCategory(const domain::SiteCategory &category)
{
    auto r = m_db.exec(u"INSERT INTO disclosure_categories (code, site_id, parent_code, name, position, revision) "
                       u"VALUES (?, ?, ?, ?, ?, 1)"_s,
                       {category.code, category.siteId, text(category.parentCode), category.name, category.position});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> SiteRepository::updateSiteCategory(const domain::SiteCategory &category)
{
    auto r = m_db.exec(u"UPDATE disclosure_categories SET name = ?, position = ?, revision = revision + 1 WHERE code = ?"_s,
                       {category.name, category.position, category.code});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<void> SiteRepository::deleteSiteCategory(const QString &code)
{
    auto r = m_db.exec(u"DELETE FROM disclosure_categories WHERE code = ?"_s, {code});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<int> SiteRepository::itemsInCategory(const QString &code)
{
    // Site codes never prefix one another except a top category its own sub-categories, so a prefix match finds
    // exactly the items of the category and of everything below it.
    auto v = m_db.scalar(u"SELECT COUNT(*) FROM items WHERE type = 'disclosure' AND topic_category LIKE ?"_s,
                         {code + u'%'});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<void> SiteRepository::touchColumnPublished(qint64 columnId, qint64 atMsecs)
{
    auto r = m_db.exec(u"UPDATE site_columns SET last_published_at = ? WHERE id = ? AND "
                       u"(last_published_at IS NULL OR last_published_at < ?)"_s,
                       {atMsecs, columnId, atMsecs});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace pd::server
