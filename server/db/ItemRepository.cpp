#include "server/db/ItemRepository.h"

#include "server/db/Database.h"
#include "server/db/SqlValues.h"
#include "server/db/Transaction.h"

#include <algorithm>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

using sqlvalues::fromMs;
using sqlvalues::ms;
using sqlvalues::bindsOf;
using sqlvalues::nn;
using sqlvalues::placeholders;

using domain::Item;

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Visible text of stored (already sanitised) HTML, for the search index only.
QString plainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    for (const QChar c : html) {
        if (c == u'<')
            inTag = true;
        else if (c == u'>') {
            inTag = false;
            out += u' ';
        } else if (!inTag)
            out += c;
    }
    out.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return out.simplified();
}

QVariant pendingStateOf(const Item &item)
{
    return item.pendingRevision ? QVariant(domain::itemStateCode(item.pendingRevision->workflow.state))
                                : QVariant(QMetaType::fromType<QString>());
}

int pendingLevelOf(const Item &item)
{
    return item.pendingRevision ? item.pendingRevision->workflow.level : 0;
}

QVariant publishedRevisionOf(const Item &item)
{
    return item.publishedRevision > 0 ? QVariant(item.publishedRevision) : QVariant(QMetaType::fromType<qint64>());
}

QString columnList(const QList<qint64> &ids)
{
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

const QString kSummarySelect =
    u"SELECT items.id, items.site_id, items.type, items.state, items.level, items.revision, items.title, "
    u"items.column_ids, items.author, items.created_by, users.display_name, items.created_at, items.updated_at, "
    u"items.publish_at, items.published_at, items.due_at, items.index_no, items.topic_category, "
    u"items.pending_state, items.pending_level, items.published_revision "
    u"FROM items JOIN users ON users.id = items.created_by"_s;
// Queries that add the content JSON after the summary columns read it at this index.
constexpr int kContentColumn = 21;

Item summaryFromQuery(const QSqlQuery &q)
{
    Item item;
    item.id = q.value(0).toLongLong();
    item.siteId = q.value(1).toLongLong();
    item.type = domain::itemTypeFromCode(q.value(2).toString()).value_or(domain::ItemType::News);
    item.workflow.state = domain::itemStateFromCode(q.value(3).toString()).value_or(domain::ItemState::Draft);
    item.workflow.level = q.value(4).toInt();
    item.revision = q.value(5).toLongLong();
    item.title = q.value(6).toString();
    for (const QString &c : q.value(7).toString().split(u',', Qt::SkipEmptyParts))
        item.columnIds.append(c.toLongLong());
    item.author = q.value(8).toString();
    item.createdBy = q.value(9).toLongLong();
    item.createdByName = q.value(10).toString();
    item.createdAt = fromMs(q.value(11));
    item.updatedAt = fromMs(q.value(12));
    item.publishAt = fromMs(q.value(13));
    item.publishedAt = fromMs(q.value(14));
    item.dueAt = fromMs(q.value(15));
    // Published items live at a fixed public address (written by the publisher into the web root).
    if (item.publishedAt.isValid() && item.workflow.state == domain::ItemState::Published)
        item.publicUrl = u"/items/%1.html"_s.arg(item.id);
    if (!q.value(16).isNull()) {
        item.disclosure = domain::DisclosureMeta{};
        item.disclosure->indexNo = q.value(16).toString();
        // Summaries carry the 主题分类 so the client's catalogue browser can file cached items without loading each.
        item.disclosure->topicCategory = q.value(17).toString();
    }
    if (!q.value(18).isNull()) {
        // Lists only need the pending revision's place in the workflow; the full item reads it from the content.
        Item pending;
        pending.workflow.state = domain::itemStateFromCode(q.value(18).toString()).value_or(domain::ItemState::Draft);
        pending.workflow.level = q.value(19).toInt();
        item.pendingRevision = domain::PendingRevision(pending);
    }
    item.publishedRevision = q.value(20).toLongLong();
    return item;
}

// The row columns are authoritative for identity and workflow; the JSON snapshot supplies the content.
Result<Item> fullFromQuery(const QSqlQuery &q, const QString &content)
{
    const Item row = summaryFromQuery(q);
    auto parsed = Item::fromJson(QJsonDocument::fromJson(content.toUtf8()).object());
    if (!parsed)
        return fail(ErrorCode::Storage, u"条目 %1 的存储内容无法读取"_s.arg(row.id));
    Item item = *parsed;
    item.id = row.id;
    item.siteId = row.siteId;
    item.type = row.type;
    item.workflow = row.workflow;
    item.revision = row.revision;
    item.createdBy = row.createdBy;
    item.createdByName = row.createdByName;
    item.createdAt = row.createdAt;
    item.updatedAt = row.updatedAt;
    item.publishAt = row.publishAt;
    item.publishedAt = row.publishedAt;
    item.dueAt = row.dueAt;
    item.publicUrl = row.publicUrl;
    item.publishedRevision = row.publishedRevision;
    if (!row.pendingRevision)
        item.pendingRevision.reset();
    if (item.disclosure && row.disclosure)
        item.disclosure->indexNo = row.disclosure->indexNo;
    return item;
}

struct Cursor {
    qint64 updatedAt = 0;
    qint64 id = 0;
};

QString encodeCursor(const Item &last)
{
    const QByteArray raw = QByteArray::number(last.updatedAt.toMSecsSinceEpoch()) + ':' + QByteArray::number(last.id);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding
                                                                             | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    Cursor c{parts[0].toLongLong(&ok1), parts[1].toLongLong(&ok2)};
    if (!ok1 || !ok2)
        return std::nullopt;
    return c;
}

/// Every row of a query over the full item columns, as items, in the query's order.
Result<QList<Item>> fullItems(Result<QSqlQuery> q)
{
    if (!q)
        return std::unexpected(q.error());
    QList<Item> out;
    while (q->next()) {
        auto item = fullFromQuery(*q, q->value(kContentColumn).toString());
        if (!item)
            return std::unexpected(item.error());
        out.append(std::move(*item));
    }
    return out;
}

} // namespace

Result<std::optional<Item>> ItemRepository::find(qint64 id)
{
    auto q = m_db.exec(kSummarySelect.left(kSummarySelect.indexOf(u" FROM items"_s)) + u", items.content"_s
                           + kSummarySelect.mid(kSummarySelect.indexOf(u" FROM items"_s)) + u" WHERE items.id = ?"_s,
                       {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Item>();
    auto item = fullFromQuery(*q, q->value(kContentColumn).toString());
    if (!item)
        return std::unexpected(item.error());
    return std::optional<Item>(std::move(*item));
}

Result<QList<Item>> ItemRepository::allInState(qint64 siteId, domain::ItemState state, bool withBody)
{
    const qsizetype from = kSummarySelect.indexOf(u" FROM items"_s);
    const QString content = withBody ? u"items.content"_s : m_db.dialect().contentWithoutBody();
    return fullItems(m_db.exec(kSummarySelect.left(from) + u", "_s + content + kSummarySelect.mid(from)
                                 + u" WHERE items.site_id = ? AND items.state = ? ORDER BY items.id"_s,
                             {siteId, domain::itemStateCode(state)}));
}

Result<QList<Item>> ItemRepository::publishedBetween(qint64 siteId, qint64 afterId, qint64 uptoId, int limit,
                                                     const QString &condition, const QVariantList &binds)
{
    const qsizetype from = kSummarySelect.indexOf(u" FROM items"_s);
    QVariantList all{siteId, domain::itemStateCode(domain::ItemState::Published), afterId, uptoId};
    all << binds << limit;
    return fullItems(m_db.exec(kSummarySelect.left(from) + u", items.content"_s + kSummarySelect.mid(from)
                                 + u" WHERE items.site_id = ? AND items.state = ? AND items.id > ? AND items.id <= ?"_s
                                 + (condition.isEmpty() ? QString() : u" AND "_s + condition)
                                 + u" ORDER BY items.id LIMIT ?"_s,
                             all));
}

Result<void> ItemRepository::writeSide(const Item &item, qint64 actorId, const QString &snapshot)
{
    if (auto r = m_db.exec(u"DELETE FROM item_columns WHERE item_id = ?"_s, {item.id}); !r)
        return std::unexpected(r.error());
    for (const qint64 column : item.columnIds) {
        if (auto r = m_db.exec(u"INSERT INTO item_columns (item_id, column_id) VALUES (?, ?)"_s, {item.id, column}); !r)
            return std::unexpected(r.error());
    }
    if (auto r = m_db.exec(m_db.dialect().searchDelete(), {item.id}); !r)
        return std::unexpected(r.error());
    QString body = nn(plainText(item.summary + u' ' + item.bodyHtml));
    // A document is looked up by its 索引号 or 文号 as often as by its title (to name the one replacing it).
    if (item.disclosure)
        body += u' ' + item.disclosure->indexNo + u' ' + item.disclosure->docNo;
    if (auto r = m_db.exec(m_db.dialect().searchInsert(), {item.id, nn(item.title), body}); !r)
        return std::unexpected(r.error());
    if (auto r = writeBigrams(item.id, item.title + u' ' + body); !r)
        return r;
    if (auto r = m_db.exec(u"INSERT INTO item_revisions (item_id, revision, saved_at, saved_by, state, snapshot) "
                           u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                           {item.id, item.revision, item.updatedAt.toMSecsSinceEpoch(), actorId,
                            domain::itemStateCode(item.workflow.state), snapshot});
        !r)
        return std::unexpected(r.error());
    return {};
}

Result<qint64> ItemRepository::insert(Item &item, qint64 actorId)
{
    const QString content = QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
    auto id = m_db.insert(
        u"INSERT INTO items (site_id, type, state, level, revision, title, column_ids, author, created_by, created_at, "
        u"updated_at, due_at, publish_at, published_at, index_no, topic_category, content, pending_state, pending_level, "
        u"published_revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {item.siteId, domain::itemTypeCode(item.type), domain::itemStateCode(item.workflow.state), item.workflow.level,
         item.revision, nn(item.title), nn(columnList(item.columnIds)), nn(item.author), item.createdBy,
         item.createdAt.toMSecsSinceEpoch(), item.updatedAt.toMSecsSinceEpoch(), ms(item.dueAt),
         ms(item.publishAt), ms(item.publishedAt), textOrNull(item.disclosure ? item.disclosure->indexNo : QString()),
         textOrNull(item.disclosure ? item.disclosure->topicCategory : QString()), content, pendingStateOf(item),
         pendingLevelOf(item), publishedRevisionOf(item)});
    if (!id)
        return id;
    item.id = *id;
    // The snapshot carries the id too, so an old revision reads back exactly as the item did then.
    const QString snapshot = QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
    if (auto r = m_db.exec(u"UPDATE items SET content = ? WHERE id = ?"_s, {snapshot, item.id}); !r)
        return std::unexpected(r.error());
    if (auto r = writeSide(item, actorId, snapshot); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> ItemRepository::update(const Item &item, qint64 actorId)
{
    const QString content = QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact));
    auto r = m_db.exec(u"UPDATE items SET state = ?, level = ?, revision = ?, title = ?, column_ids = ?, author = ?, "
                       u"updated_at = ?, due_at = ?, publish_at = ?, published_at = ?, topic_category = ?, content = ?, "
                       u"pending_state = ?, pending_level = ?, published_revision = ? WHERE id = ?"_s,
                       {domain::itemStateCode(item.workflow.state), item.workflow.level, item.revision, nn(item.title),
                        nn(columnList(item.columnIds)), nn(item.author), item.updatedAt.toMSecsSinceEpoch(), ms(item.dueAt),
                        ms(item.publishAt), ms(item.publishedAt),
                        textOrNull(item.disclosure ? item.disclosure->topicCategory : QString()), content,
                        pendingStateOf(item), pendingLevelOf(item), publishedRevisionOf(item), item.id});
    if (!r)
        return std::unexpected(r.error());
    return writeSide(item, actorId, content);
}

Result<void> ItemRepository::writeBigrams(qint64 id, const QString &text)
{
    const SqlDialect &d = m_db.dialect();
    if (d.bigramInsert().isEmpty())
        return {};
    if (auto r = m_db.exec(d.bigramDelete(), {id}); !r)
        return std::unexpected(r.error());
    if (auto r = m_db.exec(d.bigramInsert(), {id, nn(SqlDialect::cjkBigrams(text))}); !r)
        return std::unexpected(r.error());
    return {};
}

Result<int> ItemRepository::ensureSearchIndex()
{
    if (m_db.dialect().bigramInsert().isEmpty())
        return 0;
    auto indexed = m_db.scalar(u"SELECT COUNT(*) FROM items_bigram"_s);
    auto total = m_db.scalar(u"SELECT COUNT(*) FROM items"_s);
    if (!indexed || !total)
        return std::unexpected(!indexed ? indexed.error() : total.error());
    if (indexed->toLongLong() == total->toLongLong())
        return 0;
    // Items written before the bigram index existed (schema 4): index them once, from the trigram table's text.
    Transaction tx(m_db);
    if (auto r = m_db.exec(u"DELETE FROM items_bigram"_s); !r)
        return std::unexpected(r.error());
    auto q = m_db.exec(u"SELECT rowid, title, body FROM items_fts"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, QString>> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString() + u' ' + q->value(2).toString()});
    for (const auto &[id, text] : std::as_const(rows))
        if (auto r = writeBigrams(id, text); !r)
            return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return int(rows.size());
}

Result<void> ItemRepository::remove(qint64 id)
{
    if (auto r = m_db.exec(m_db.dialect().searchDelete(), {id}); !r)
        return std::unexpected(r.error());
    if (!m_db.dialect().bigramDelete().isEmpty())
        if (auto r = m_db.exec(m_db.dialect().bigramDelete(), {id}); !r)
            return std::unexpected(r.error());
    if (auto r = m_db.exec(u"DELETE FROM items WHERE id = ?"_s, {id}); !r)
        return std::unexpected(r.error());
    return {};
}

Result<ItemRepository::Page> ItemRepository::list(const ItemQuery &query)
{
    if (query.siteIds.isEmpty())
        return Page{};
    QStringList where;
    QVariantList binds;
    if (query.type) {
        where << u"items.type = ?"_s;
        binds << domain::itemTypeCode(*query.type);
    }
    if (!query.states.isEmpty()) {
        for (const domain::ItemState s : query.states)
            binds << domain::itemStateCode(s);
        where << u"items.state IN (%1)"_s.arg(placeholders(query.states.size()));
    }
    if (query.columnId > 0) {
        // EXISTS keeps the walk down the (site, updated_at) index: the first page stops after `limit` hits.
        where << u"EXISTS (SELECT 1 FROM item_columns c WHERE c.column_id = ? AND c.item_id = items.id)"_s;
        binds << query.columnId;
    }
    if (query.createdBy > 0) {
        where << u"items.created_by = ?"_s;
        binds << query.createdBy;
    }
    if (!query.text.trimmed().isEmpty()) {
        const SqlDialect::Fragment f = m_db.dialect().searchCondition(query.text);
        where << f.sql;
        binds << f.binds;
    }
    // Incremental sync reads oldest-first after a point in time; browsing reads newest-first.
    const bool ascending = query.updatedSince.isValid();
    if (ascending) {
        where << u"items.updated_at > ?"_s;
        binds << query.updatedSince.toMSecsSinceEpoch();
    }
    if (!query.cursor.isEmpty()) {
        const auto cursor = decodeCursor(query.cursor);
        if (!cursor)
            return fail(ErrorCode::BadRequest, u"cursor 参数无效"_s);
        // A row comparison, not the equivalent OR: PostgreSQL seeks the index to it, where it filtered the OR row by
        // row from the newest item down (40,000 rows skipped, 80 ms, for a page that deep into 50,000 items).
        where << (ascending ? u"(items.updated_at, items.id) > (?, ?)"_s : u"(items.updated_at, items.id) < (?, ?)"_s);
        binds << cursor->updatedAt << cursor->id;
    }
    const QString order = ascending ? u"items.updated_at ASC, items.id ASC"_s : u"items.updated_at DESC, items.id DESC"_s;
    const QString filters = where.isEmpty() ? QString() : u" AND "_s + where.join(u" AND "_s);
    const QString tail = u" ORDER BY "_s + order + u" LIMIT %1"_s.arg(query.limit + 1);
    Page page;
    if (query.text.trimmed().isEmpty()) {
        // One walk per site, merged below: with `site_id = ?` the (site, updated_at, id) index hands over the rows
        // in page order and each walk stops after `limit + 1` hits. One `site_id IN (…)` query had to read and sort
        // every row of every site (100,000 on a large portal) before it could answer one page.
        for (const qint64 site : query.siteIds) {
            auto rows = summaryRows(u"items.site_id = ?"_s + filters + tail, QVariantList{site} + binds);
            if (!rows)
                return std::unexpected(rows.error());
            page.items += std::move(*rows);
        }
    } else {
        // A search gathers its matches once for all sites (per site it would gather them again each time) and
        // orders only their ids, which the (site, updated_at, id) index holds; then it reads the page's rows.
        const QString sites = placeholders(query.siteIds.size());
        auto q = m_db.exec(u"SELECT items.id FROM items WHERE items.site_id IN (%1)"_s.arg(sites) + filters + tail,
                           bindsOf(query.siteIds) + binds);
        if (!q)
            return std::unexpected(q.error());
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        if (!ids.isEmpty()) {
            auto rows = summaryRows(u"items.id IN (%1)"_s.arg(placeholders(ids.size())), bindsOf(ids));
            if (!rows)
                return std::unexpected(rows.error());
            page.items = std::move(*rows);
        }
    }
    const auto key = [](const Item &item) { return std::pair(item.updatedAt.toMSecsSinceEpoch(), item.id); };
    if (ascending)
        std::ranges::sort(page.items, std::less{}, key);
    else
        std::ranges::sort(page.items, std::greater{}, key);
    if (page.items.size() > query.limit) {
        page.items.resize(query.limit);
        page.nextCursor = encodeCursor(page.items.last());
    }
    return page;
}

Result<QList<Item>> ItemRepository::summaryRows(const QString &condition, const QVariantList &binds)
{
    // Lists say when a document was marked 失效 / 废止; that lives in the content, read only for those two fields.
    const qsizetype from = kSummarySelect.indexOf(u" FROM items"_s);
    const SqlDialect &dialect = m_db.dialect();
    const QString select = kSummarySelect.left(from) + u", "_s + dialect.contentText(u"disclosure.validity"_s)
                           + u", "_s + dialect.contentText(u"disclosure.effectiveDate"_s) + kSummarySelect.mid(from);
    auto q = m_db.exec(select + u" WHERE "_s + condition, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<Item> rows;
    while (q->next()) {
        Item item = summaryFromQuery(*q);
        const QDate effective = QDate::fromString(q->value(kContentColumn + 1).toString(), Qt::ISODate);
        if (item.disclosure && effective.isValid()) {
            item.disclosure->validity = q->value(kContentColumn).toString();
            item.disclosure->effectiveDate = effective;
        }
        rows.append(std::move(item));
    }
    return rows;
}

Result<QList<ItemRepository::RevisionInfo>> ItemRepository::revisions(qint64 id)
{
    auto q = m_db.exec(u"SELECT r.revision, r.saved_at, r.saved_by, COALESCE(u.display_name, ''), r.state "
                       u"FROM item_revisions r LEFT JOIN users u ON u.id = r.saved_by WHERE r.item_id = ? "
                       u"ORDER BY r.revision DESC"_s,
                       {id});
    if (!q)
        return std::unexpected(q.error());
    QList<RevisionInfo> out;
    while (q->next())
        out.append(RevisionInfo{q->value(0).toLongLong(), fromMs(q->value(1)), q->value(2).toLongLong(),
                                q->value(3).toString(),
                                domain::itemStateFromCode(q->value(4).toString()).value_or(domain::ItemState::Draft)});
    return out;
}

Result<std::optional<Item>> ItemRepository::revision(qint64 id, qint64 revision)
{
    auto q = m_db.exec(u"SELECT snapshot FROM item_revisions WHERE item_id = ? AND revision = ?"_s, {id, revision});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Item>();
    auto item = Item::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    if (!item)
        return fail(ErrorCode::Storage, u"历史版本无法读取"_s);
    return std::optional<Item>(std::move(*item));
}

Result<void> ItemRepository::addAudit(qint64 itemId, const domain::ItemAuditEntry &e)
{
    auto r = m_db.exec(u"INSERT INTO item_audit (item_id, at, user_id, action, from_state, from_level, to_state, to_level, "
                       u"comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {itemId, e.at.toMSecsSinceEpoch(), e.userId, e.action, domain::itemStateCode(e.from.state),
                        e.from.level, domain::itemStateCode(e.to.state), e.to.level, nn(e.comment)});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<QList<domain::ItemAuditEntry>> ItemRepository::audit(qint64 itemId)
{
    auto q = m_db.exec(u"SELECT a.at, a.user_id, COALESCE(u.username, ''), COALESCE(u.display_name, ''), a.action, "
                       u"a.from_state, a.from_level, a.to_state, a.to_level, a.comment FROM item_audit a "
                       u"LEFT JOIN users u ON u.id = a.user_id WHERE a.item_id = ? ORDER BY a.id"_s,
                       {itemId});
    if (!q)
        return std::unexpected(q.error());
    QList<domain::ItemAuditEntry> out;
    while (q->next()) {
        domain::ItemAuditEntry e;
        e.at = fromMs(q->value(0));
        e.userId = q->value(1).toLongLong();
        e.username = e.userId == 0 ? u"portald"_s : q->value(2).toString();
        e.userDisplayName = e.userId == 0 ? u"定时发布"_s : q->value(3).toString();
        e.action = q->value(4).toString();
        e.from = {domain::itemStateFromCode(q->value(5).toString()).value_or(domain::ItemState::Draft), q->value(6).toInt()};
        e.to = {domain::itemStateFromCode(q->value(7).toString()).value_or(domain::ItemState::Draft), q->value(8).toInt()};
        e.comment = q->value(9).toString();
        out.append(e);
    }
    return out;
}

Result<int> ItemRepository::nextIndexSequence(const QString &orgCode, int year)
{
    // One statement that both creates the counter and advances it; RETURNING works on SQLite ≥ 3.35 and PostgreSQL.
    auto v = m_db.scalar(u"INSERT INTO index_counters (org_code, year, last_seq) VALUES (?, ?, 1) "
                         u"ON CONFLICT (org_code, year) DO UPDATE SET last_seq = index_counters.last_seq + 1 "
                         u"RETURNING last_seq"_s,
                         {orgCode, year});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QList<qint64>> ItemRepository::dueScheduled(const QDateTime &now)
{
    auto q = m_db.exec(u"SELECT id FROM items WHERE state = 'scheduled' AND publish_at <= ? ORDER BY publish_at, id"_s,
                       {now.toMSecsSinceEpoch()});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<std::optional<QDateTime>> ItemRepository::nextScheduled()
{
    auto v = m_db.scalar(u"SELECT MIN(publish_at) FROM items WHERE state = 'scheduled'"_s);
    if (!v)
        return std::unexpected(v.error());
    if (!v->isValid() || v->isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(fromMs(*v));
}

Result<QList<qint64>> ItemRepository::publishedFeatures()
{
    auto q = m_db.exec(u"SELECT id FROM items WHERE type = 'feature' AND state = 'published' ORDER BY id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Result<QList<Item>> ItemRepository::featuresReferencing(qint64 siteId, qint64 itemId)
{
    auto q = m_db.exec(u"SELECT id FROM items WHERE site_id = ? AND type = 'feature'"_s, {siteId});
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<Item> out;
    for (const qint64 id : ids) {
        auto item = find(id);
        if (!item)
            return std::unexpected(item.error());
        if (item->has_value() && (*item)->feature && (*item)->feature->referencedItems().contains(itemId))
            out.append(**item);
    }
    return out;
}

Result<void> ItemRepository::forEachInReviewQueue(qint64 siteId, const QList<int> &levels, bool approved,
                                                  const std::function<void(const Item &)> &visit)
{
    QStringList conditions;
    QVariantList binds{siteId};
    if (!levels.isEmpty()) {
        const QString marks = placeholders(levels.size());
        conditions << u"(items.state = 'submitted' AND items.level IN (%1))"_s.arg(marks);
        // Edits of published items wait at their own level.
        conditions << u"(items.pending_state = 'submitted' AND items.pending_level IN (%1))"_s.arg(marks);
        binds << bindsOf(levels) << bindsOf(levels);
    }
    if (approved) {
        conditions << u"items.state = 'approved'"_s;
        conditions << u"items.pending_state = 'approved'"_s;
    }
    if (conditions.isEmpty())
        return {};
    auto q = m_db.exec(kSummarySelect + u" WHERE items.site_id = ? AND ("_s + conditions.join(u" OR "_s)
                           + u") ORDER BY items.due_at IS NULL, items.due_at, items.id"_s,
                       binds);
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        visit(summaryFromQuery(*q));
    return {};
}

Result<QHash<QString, QPair<int, int>>> ItemRepository::disclosureCounts(qint64 siteId)
{
    auto q = m_db.exec(u"SELECT topic_category, COUNT(*), SUM(CASE WHEN state = 'published' THEN 1 ELSE 0 END) "
                       u"FROM items WHERE site_id = ? AND type = 'disclosure' GROUP BY topic_category"_s,
                       {siteId});
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, QPair<int, int>> out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(1).toInt(), q->value(2).toInt()});
    return out;
}

Result<QList<qint64>> ItemRepository::existingOnSite(qint64 siteId, const QList<qint64> &ids)
{
    QList<qint64> out;
    for (const qint64 id : ids) {
        auto v = m_db.scalar(u"SELECT id FROM items WHERE id = ? AND site_id = ?"_s, {id, siteId});
        if (!v)
            return std::unexpected(v.error());
        if (v->isValid())
            out.append(id);
    }
    return out;
}

} // namespace pd::server
