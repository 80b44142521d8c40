#include "app/store/ItemIndex.h"

#include "app/domain/IsoTime.h"
#include "app/store/StoreLog.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {
QAtomicInteger<quint64> g_connectionCounter; // unique names for the per-load connections, from any thread

qint64 msFromIso(const QJsonValue &v)
{
    const QDateTime t = domain::IsoTime::parse(v.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
} // namespace

void ItemIndex::append(qint64 id, QStringView type, QStringView state, QString title, QString indexNo,
                       QString category, QStringView columnIds, qint64 updatedMs, qint64 dateMs, quint8 validity,
                       QHash<QString, QString> &shared)
{
    Row row;
    row.id = id;
    row.validity = validity;
    // Fields are capped to what their sizes can say (a title is at most 200 characters by the API's rules).
    row.textAt = quint32(m_text.size());
    row.titleSize = quint16(std::min<qsizetype>(title.size(), 0xfff0));
    row.indexNoSize = quint16(std::min<qsizetype>(indexNo.size(), 0xfff0));
    m_text.append(QStringView(title).left(row.titleSize));
    m_text.append(QChar(0x0001));
    m_text.append(QStringView(indexNo).left(row.indexNoSize));
    m_text.append(u'\n');
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

QString ItemIndex::validityName(quint8 code)
{
    switch (code) {
    case 1: return u"失效"_s;
    case 2: return u"废止"_s;
    default: return {};
    }
}

quint8 ItemIndex::validityCode(QStringView validity)
{
    if (validity == u"失效")
        return 1;
    if (validity == u"废止")
        return 2;
    return 0;
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
            q.prepare(u"SELECT id, type, state, title, index_no, category, column_ids, updated_ms, date_ms, validity "
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
                                  validityCode(q.value(9).toString()), shared);
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
        const bool marked = o.contains(u"effectiveDate") || disclosure.contains(u"effectiveDate");
        const quint8 validity =
            marked ? validityCode(o.value(u"validity").toString(disclosure.value(u"validity").toString())) : 0;
        index->append(o.value(u"id").toInteger(), o.value(u"type").toString(), o.value(u"state").toString(),
                      o.value(u"title").toString(), o.value(u"indexNo").toString(disclosure.value(u"indexNo").toString()),
                      o.value(u"topicCategory").toString(disclosure.value(u"topicCategory").toString()),
                      columns.join(u','), msFromIso(o.value(u"updatedAt")), msFromIso(o.value(u"publishedAt")),
                      validity, shared);
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
    if (!f.text.isEmpty() && !title(row).contains(f.text, Qt::CaseInsensitive)
        && !indexNo(row).contains(f.text, Qt::CaseInsensitive))
        return false;
    return true;
}

std::vector<int> ItemIndex::filter(const ItemFilter &f, const std::vector<int> *within) const
{
    // Everything that does not depend on the row is worked out once: date bounds, and whether the text has letters
    // with case (Chinese, digits and 索引号 do not: the much cheaper case-sensitive search finds the same).
    ItemFilter rest = f;
    rest.from = {};
    rest.to = {};
    rest.text.clear();
    const qint64 fromMs = f.from.isValid() ? f.from.startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 toMs = f.to.isValid() ? f.to.addDays(1).startOfDay().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    QString text = f.text.trimmed();
    text.remove(QChar(0x0001));
    text.remove(u'\n');
    const Qt::CaseSensitivity cs = text.toLower() == text && text.toUpper() == text ? Qt::CaseSensitive
                                                                                    : Qt::CaseInsensitive;
    const bool plain = rest == ItemFilter{};
    const auto passes = [&](const Row &r) {
        return r.dateMs >= fromMs && r.dateMs < toMs && (plain || matches(r, rest));
    };
    const QStringView all(m_text);
    std::vector<int> out;

    if (within) {
        out.reserve(within->size());
        for (const int i : *within) {
            const Row &r = m_rows[size_t(i)];
            if (passes(r) && (text.isEmpty() || all.mid(r.textAt, r.titleSize + 1 + r.indexNoSize).contains(text, cs)))
                out.push_back(i);
        }
        return out;
    }
    out.reserve(text.isEmpty() ? m_rows.size() : 1024);
    if (text.isEmpty()) {
        for (int i = 0; i < int(m_rows.size()); ++i)
            if (passes(m_rows[size_t(i)]))
                out.push_back(i);
        return out;
    }
    // Search the whole buffer once and map each hit to its row (rows lie in the buffer in order); the separators
    // cannot occur in the text, so a hit never spans two fields or rows.
    int row = 0;
    const int rows = int(m_rows.size());
    qsizetype from = 0;
    while (row < rows) {
        const qsizetype hit = all.indexOf(text, from, cs);
        if (hit < 0)
            break;
        while (row + 1 < rows && m_rows[size_t(row + 1)].textAt <= quint32(hit))
            ++row;
        const Row &r = m_rows[size_t(row)];
        if (passes(r))
            out.push_back(row);
        ++row;
        from = row < rows ? qsizetype(m_rows[size_t(row)].textAt) : all.size();
    }
    return out;
}

} // namespace pd::store
