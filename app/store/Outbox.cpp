#include "app/store/Outbox.h"

#include "app/store/SqlTransaction.h"
#include "app/store/StoreDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.idempotencyKey = q.value(1).toString();
    e.resource = q.value(2).toString();
    e.verb = q.value(3).toString().toLatin1();
    e.path = q.value(4).toString();
    e.body = StoreDatabase::toObject(q.value(5));
    e.ifMatch = q.value(6).toString();
    e.state = OutboxEntry::stateFromCode(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.createdAt = StoreDatabase::fromTimestamp(q.value(9));
    e.nextAttemptAt = StoreDatabase::fromTimestamp(q.value(10));
    e.lastError = q.value(11).toString();
    e.lastStatus = q.value(12).toInt();
    e.result = StoreDatabase::toObject(q.value(13));
    return e;
}

constexpr auto kOutboxColumns = "id, idempotency_key, resource, verb, path, body, if_match, state, attempts, "
                                "created_at, next_attempt_at, last_error, last_status, result";

} // namespace

Outbox::Outbox(const StoreDatabase &database, std::function<void()> changed)
    : m_database(database)
    , m_changed(std::move(changed))
{
}

Result<OutboxEntry> Outbox::enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                    const QJsonObject &body, const QString &ifMatch, const QString &idempotencyKey)
{
    OutboxEntry e;
    e.idempotencyKey = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    e.resource = resource;
    e.verb = verb;
    e.path = path;
    e.body = body;
    e.ifMatch = ifMatch;
    e.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_database.db());
    q.prepare(u"INSERT INTO outbox (idempotency_key, resource, verb, path, body, if_match, state, created_at) "
              "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), 'queued', ?)"_s);
    q.addBindValue(e.idempotencyKey);
    q.addBindValue(resource);
    q.addBindValue(QString::fromLatin1(verb));
    q.addBindValue(path);
    q.addBindValue(StoreDatabase::toText(body));
    q.addBindValue(ifMatch);
    q.addBindValue(StoreDatabase::timestamp(e.createdAt));
    if (!q.exec())
        return std::unexpected(m_database.error(u"enqueue"_s, q.lastError().text()));
    e.id = q.lastInsertId().toLongLong();
    m_changed();
    return e;
}

Result<QList<OutboxEntry>> Outbox::entries(bool includeSent) const
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    const QString where = includeSent ? QString() : u" WHERE state <> 'sent'"_s;
    if (!q.exec(u"SELECT %1 FROM outbox%2 ORDER BY id"_s.arg(QLatin1StringView(kOutboxColumns), where)))
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<QList<OutboxEntry>> Outbox::heads() const
{
    // Only the first undelivered entry of each resource can go out next; reading just those keeps a drain of
    // thousands of entries linear (the whole list would be read and parsed once per delivery otherwise).
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM outbox WHERE id IN (SELECT MIN(id) FROM outbox WHERE state <> 'sent' "
                "GROUP BY resource) ORDER BY id"_s.arg(QLatin1StringView(kOutboxColumns))))
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    QList<OutboxEntry> list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

Result<std::optional<OutboxEntry>> Outbox::entry(qint64 id) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM outbox WHERE id = ?"_s.arg(QLatin1StringView(kOutboxColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(q));
}

Result<int> Outbox::pendingCount() const
{
    QSqlQuery q(m_database.db());
    if (!q.exec(u"SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')"_s) || !q.next())
        return std::unexpected(m_database.error(u"count"_s, q.lastError().text()));
    return q.value(0).toInt();
}

Result<bool> Outbox::hasWaiting(const QString &resource) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT EXISTS (SELECT 1 FROM outbox WHERE resource = ? AND state IN ('queued', 'sending'))"_s);
    q.addBindValue(resource);
    if (!q.exec() || !q.next())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    return q.value(0).toBool();
}

Result<std::optional<OutboxEntry>> Outbox::lastSent(const QString &resource) const
{
    QSqlQuery q(m_database.db());
    q.prepare(u"SELECT %1 FROM outbox WHERE resource = ? AND state = 'sent' ORDER BY id DESC LIMIT 1"_s.arg(
        QLatin1StringView(kOutboxColumns)));
    q.addBindValue(resource);
    if (!q.exec())
        return std::unexpected(m_database.error(u"select"_s, q.lastError().text()));
    if (!q.next())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entryFrom(q));
}

Result<void> Outbox::setState(qint64 id, const QString &sql, const QVariantList &bind, bool durable)
{
    QVariantList all = bind;
    all.append(id);
    // Delivery bookkeeping need not wait for the disk: in WAL mode a NORMAL commit survives a crash of the
    // program, only a power cut can lose it, and then the entry is merely sent again under its idempotency key
    // (a replay on the server). Two flushes per delivery were most of a long drain's time.
    if (!durable)
        m_database.exec(u"PRAGMA synchronous = NORMAL"_s);
    auto r = m_database.exec(sql, all);
    if (!durable)
        m_database.exec(u"PRAGMA synchronous = FULL"_s);
    if (r)
        m_changed();
    return r;
}

Result<void> Outbox::markSending(qint64 id)
{
    return setState(id, u"UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?"_s, {},
                          false);
}

Result<void> Outbox::markSent(qint64 id, int status, const QJsonObject &result)
{
    return setState(id,
                          u"UPDATE outbox SET state = 'sent', last_status = ?, result = ?, last_error = '' "
                          "WHERE id = ?"_s,
                          {status, StoreDatabase::toText(result)}, false);
}

Result<void> Outbox::markRetry(qint64 id, const QDateTime &notBefore, const QString &error, int status)
{
    return setState(id,
                          u"UPDATE outbox SET state = 'queued', next_attempt_at = ?, last_error = COALESCE(?, ''), last_status = ? "
                          "WHERE id = ?"_s,
                          {StoreDatabase::timestamp(notBefore), error, status}, false);
}

Result<void> Outbox::markNeedsAttention(qint64 id, const QString &error, int status, const QJsonObject &problem)
{
    return setState(id,
                          u"UPDATE outbox SET state = 'attention', last_error = COALESCE(?, ''), last_status = ?, result = ? "
                          "WHERE id = ?"_s,
                          {error, status, StoreDatabase::toText(problem)});
}

Result<void> Outbox::requeue(qint64 id, const QString &ifMatch, const QJsonObject &body)
{
    if (body.isEmpty())
        return setState(id,
                              u"UPDATE outbox SET state = 'queued', next_attempt_at = NULL, "
                              "if_match = CASE WHEN COALESCE(?, '') = '' THEN if_match ELSE ? END WHERE id = ?"_s,
                              {ifMatch, ifMatch});
    return setState(id,
                          u"UPDATE outbox SET state = 'queued', next_attempt_at = NULL, "
                          "if_match = CASE WHEN COALESCE(?, '') = '' THEN if_match ELSE ? END, body = ? WHERE id = ?"_s,
                          {ifMatch, ifMatch, StoreDatabase::toText(body)});
}

Result<void> Outbox::discard(qint64 id)
{
    return setState(id, u"DELETE FROM outbox WHERE id = ?"_s, {});
}

Result<void> Outbox::pruneSent(const QDateTime &before)
{
    return m_database.exec(u"DELETE FROM outbox WHERE state = 'sent' AND created_at < ?"_s, {StoreDatabase::timestamp(before)});
}

} // namespace pd::store
