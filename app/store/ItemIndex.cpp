#include "store/ItemIndex.h"

#include "store/StoreLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringMatcher>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {
QAtomicInteger<quint64> g_connectionCounter; // unique names for the per-load connections, from any thread

qint64 msFromIso(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
} // namespace

void ItemIndex::append(qint64 id, QStringView type, QStringView state, QString title, QString indexNo,
                       QString category, QStringView columnIds, qint64 updatedMs, qint64 dateMs,
                       QHash<QString, QString> &shared)
{
    Row row;
    row.id = id;
    row.title = std::move(title);
    row.indexNo = std::move(indexNo);
    if (!category.isEmpty()) {
        // A few hundred codes over 100,000 rows: one string each.
        auto it = shared.constFind(category);
        if (it == shared.cend())
            it = shared.insert(category, category);
        row.category = it.value();
    }
    row.type = domain::itemTypeFromCode(type).value_or(domain::ItemType::News);
    row.state = domain::itemStateFromCode(state).value_or(domain::ItemState::Draft);
    row.updatedMs = updatedMs;
    row.dateMs = dateMs > 0 ? dateMs : updatedMs;
    row.columnsAt = quint32(m_columnIds.size());
    for (const QStringView part : columnIds.tokenize(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 c = part.toLongLong(&ok);
        if (ok)
            m_columnIds.push_back(c);
    }
    row.columnCount = quint16(m_columnIds.size() - row.columnsAt);
    m_rows.push_back(std::move(row));
}

Result<std::shared_ptr<const ItemIndex>> ItemIndex::load(const QString &path, qint64 siteId, int limit)
{
    auto index = std::make_shared<ItemIndex>();
    const QString name = u"pd-itemindex-%1"_s.arg(++g_connectionCounter);
    Result<void> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            outcome = fail(ErrorCode::Storage, QCoreApplication::translate("pd::store::LocalStore",
                                                                           "The local database cannot be read: %1")
                                                   .arg(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(u"SELECT id, type, state, title, index_no, category, column_ids, updated_ms, date_ms "
                      "FROM items WHERE site_id = ? ORDER BY date_ms DESC, id DESC LIMIT ?"_s);
            q.addBindValue(siteId);
            q.addBindValue(limit);
            if (!q.exec()) {
                outcome = fail(ErrorCode::Storage, QCoreApplication::translate("pd::store::LocalStore",
                                                                               "The local database cannot be read: %1")
                                                       .arg(q.lastError().text()));
            } else {
                QHash<QString, QString> shared;
                index->m_rows.reserve(1024);
                while (q.next()) {
                    const QString type = q.value(1).toString();
                    const QString state = q.value(2).toString();
                    const QString columns = q.value(6).toString();
                    index->append(q.value(0).toLongLong(), type, state, q.value(3).toString(), q.value(4).toString(),
                                  q.value(5).toString(), columns, q.value(7).toLongLong(), q.value(8).toLongLong(),
                                  shared);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!outcome)
        return std::unexpected(outcome.error());
    qCDebug(lcStore) << "item index of site" << siteId << "loaded:" << index->size() << "items";
    return std::shared_ptr<const ItemIndex>(std::move(index));
}

std::shared_ptr<const ItemIndex> ItemIndex::fromSummaries(const QList<QJsonObject> &summaries)
{
    auto index = std::make_shared<ItemIndex>();
    QList<QJsonObject> sorted = summaries;
    const auto dateOf = [](const QJsonObject &o) {
        const qint64 published = msFromIso(o.value(u"publishedAt"));
        return published > 0 ? published : msFromIso(o.value(u"updatedAt"));
    };
    std::ranges::stable_sort(sorted, [&](const QJsonObject &a, const QJsonObject &b) {
        const qint64 da = dateOf(a), db = dateOf(b);
        return da != db ? da > db : a.value(u"id").toInteger() > b.value(u"id").toInteger();
    });
    QHash<QString, QString> shared;
    for (const QJsonObject &o : std::as_const(sorted)) {
        QStringList columns;
        for (const QJsonValue &c : o.value(u"columns").toArray())
            columns.append(QString::number(c.toInteger()));
        const QJsonObject disclosure = o.value(u"disclosure").toObject();
        index->append(o.value(u"id").toInteger(), o.value(u"type").toString(), o.value(u"state").toString(),
                      o.value(u"title").toString(), o.value(u"indexNo").toString(disclosure.value(u"indexNo").toString()),
                      o.value(u"topicCategory").toString(disclosure.value(u"topicCategory").toString()),
                      columns.join(u','), msFromIso(o.value(u"updatedAt")), msFromIso(o.value(u"publishedAt")), shared);
    }
    return index;
}

QList<qint64> ItemIndex::columns(const Row &row) const
{
    QList<qint64> out;
    out.reserve(row.columnCount);
    for (quint32 i = 0; i < row.columnCount; ++i)
        out.append(m_columnIds[row.columnsAt + i]);
    return out;
}

bool ItemIndex::matches(const Row &row, const ItemFilter &f) const
{
    if (f.type && row.type != *f.type)
        return false;
    if (!f.states.isEmpty() && !f.states.contains(row.state))
        return false;
    if (f.columnId != 0) {
        bool found = false;
        for (quint32 i = 0; i < row.columnCount && !found; ++i)
            found = m_columnIds[row.columnsAt + i] == f.columnId;
        if (!found)
            return false;
    }
    if (!f.category.isEmpty() && !row.category.startsWith(f.category))
        return false;
    if (f.from.isValid() && row.dateMs < f.from.startOfDay().toMSecsSinceEpoch())
        return false;
    if (f.to.isValid() && row.dateMs >= f.to.addDays(1).startOfDay().toMSecsSinceEpoch())
        return false;
    if (!f.text.isEmpty() && !row.title.contains(f.text, Qt::CaseInsensitive)
        && !row.indexNo.contains(f.text, Qt::CaseInsensitive))
        return false;
    return true;
}

std::vector<int> ItemIndex::filter(const ItemFilter &f, const std::vector<int> *within) const
{
    // Everything that does not depend on the row is worked out once: date bounds, and a matcher for the text
    // (case-sensitive, hence much cheaper, when the text has no letters with case — Chinese, digits, 索引号).
    ItemFilter rest = f;
    rest.from = {};
    rest.to = {};
    rest.text.clear();
    const qint64 fromMs = f.from.isValid() ? f.from.startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = f.to.isValid() ? f.to.addDays(1).startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const QString text = f.text.trimmed();
    const bool caseless = text.toLower() == text && text.toUpper() == text;
    const QStringMatcher matcher(text, caseless ? Qt::CaseSensitive : Qt::CaseInsensitive);
    const bool plain = rest == ItemFilter{};
    std::vector<int> out;
    const auto consider = [&](int i) {
        const Row &r = m_rows[size_t(i)];
        if (r.dateMs < fromMs || r.dateMs >= toMs)
            return;
        if (!plain && !matches(r, rest))
            return;
        if (!text.isEmpty() && matcher.indexIn(r.title) < 0 && (r.indexNo.isEmpty() || matcher.indexIn(r.indexNo) < 0))
            return;
        out.push_back(i);
    };
    if (within) {
        out.reserve(within->size());
        for (const int i : *within)
            consider(i);
    } else {
        out.reserve(m_rows.size());
        for (int i = 0; i < int(m_rows.size()); ++i)
            consider(i);
    }
    return out;
}

} // namespace pd::store
