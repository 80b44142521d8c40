#include "app/store/DraftStore.h"

#include "app/store/SqlTransaction.h"
#include "app/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {
QString now()
{
    return StoreDatabase::timestamp(QDateTime::currentDateTimeUtc());
}
} // namespace

DraftStore::DraftStore(const StoreDatabase &database)
    : m_database(database)
{
}

Result<qint64> DraftStore::createDraft(const QJsonObject &content, qint64 itemId, qint64 baseRevision)
{
    QSqlDatabase d = m_database.db();
    SqlTransaction tx(d);
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO drafts (item_id, base_revision, json, updated_at) VALUES (?, ?, ?, ?)"_s);
    const QString stamp = now();
    q.addBindValue(itemId);
    q.addBindValue(baseRevision);
    q.addBindValue(StoreDatabase::toText(content));
    q.addBindValue(stamp);
    if (!q.exec())
        return std::unexpected(m_database.error(u"create draft"_s, q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = m_database.exec(u"INSERT INTO draft_journal (draft_id, saved_at, json) VALUES (?, ?, ?)"_s,
                                 {id, stamp, StoreDatabase::toText(content)});
        !r)
        return std::unexpected(r.error());
    if (!tx.commit())
        return std::unexpected(m_database.error(u"commit"_s, d.lastError().text()));
    return id;
}

Result<void> DraftStore::saveDraft(qint64 draftId, const QJsonObject &content)
{
    QSqlDatabase d = m_database.db();
    SqlTransaction tx(d);
    const QString stamp = now();
    QSqlQuery q(d);
    q.prepare(u"UPDATE drafts SET json = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(StoreDatabase::toText(content));
    q.addBindValue(stamp);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(m_database.error(u"save draft"_s, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, QCoreApplication::translate("pd::store::LocalStore",
                                                                     "The draft no longer exists."));
    if (auto r = m_database.exec(u"INSERT INTO draft_journal (draft_id, saved_at, json) VALUES (?, ?, ?)"_s,
                                 {draftId, stamp, StoreDatabase::toText(content)});
        !r)
        return r;
    // Bounded history: the newest journalLimit() autosaves are enough to go back a few minutes.
    if (auto r = m_database.exec(u"DELETE FROM draft_journal WHERE draft_id = ? AND id NOT IN (SELECT id FROM draft_journal "
                                 "WHERE draft_id = ? ORDER BY id DESC LIMIT ?)"_s,
                                 {draftId, draftId, journalLimit()});
        !r)
        return r;
    if (!tx.commit())
        return std::unexpected(m_database.error(u"commit"_s, d.lastError().text()));
    return {};
}

Result<void> DraftStore::setDraftItem(qint64 draftId, qint64 itemId, qint64 baseRevision)
{
    return m_database.exec(u"UPDATE drafts SET item_id = ?, base_revision = ? WHERE id = ?"_s, {itemId, baseRevision, draftId});
}

Result<Draft> DraftStore::draft(qint64 draftId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT d.id, d.item_id, d.base_revision, d.json, d.updated_at, "
              "(SELECT COUNT(*) FROM draft_journal j WHERE j.draft_id = d.id) FROM drafts d WHERE d.id = ?"_s);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    if (!q.next())
        return fail(ErrorCode::NotFound, QCoreApplication::translate("pd::store::LocalStore",
                                                                     "The draft no longer exists."));
    return Draft{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), StoreDatabase::toObject(q.value(3)),
                 StoreDatabase::fromTimestamp(q.value(4)), q.value(5).toInt()};
}

Result<QList<Draft>> DraftStore::drafts() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(u"SELECT d.id, d.item_id, d.base_revision, d.json, d.updated_at, "
                "(SELECT COUNT(*) FROM draft_journal j WHERE j.draft_id = d.id) FROM drafts d "
                "ORDER BY d.updated_at DESC, d.id DESC"_s))
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<Draft> list;
    while (q.next())
        list.append(Draft{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          StoreDatabase::toObject(q.value(3)), StoreDatabase::fromTimestamp(q.value(4)), q.value(5).toInt()});
    return list;
}

Result<QList<QJsonObject>> DraftStore::draftJournal(qint64 draftId) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT json FROM draft_journal WHERE draft_id = ? ORDER BY id"_s);
    q.addBindValue(draftId);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<QJsonObject> list;
    while (q.next())
        list.append(StoreDatabase::toObject(q.value(0)));
    return list;
}

Result<void> DraftStore::removeDraft(qint64 draftId)
{
    return m_database.exec(u"DELETE FROM drafts WHERE id = ?"_s, {draftId});
}

} // namespace pd::store
