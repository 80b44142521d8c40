#include "server/db/IdempotencyStore.h"

#include "server/db/Database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::server {

Result<std::optional<IdempotencyStore::Stored>> IdempotencyStore::find(qint64 userId, const QString &key)
{
    auto q = m_db.exec(u"SELECT request_hash, status, response, etag FROM idempotency_keys WHERE user_id = ? AND idem_key = ?"_s,
                       {userId, key});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<Stored>();
    return Stored{q->value(0).toString(), q->value(1).toInt(), q->value(2).toString().toUtf8(), q->value(3).toString()};
}

Result<void> IdempotencyStore::store(qint64 userId, const QString &key, const Stored &answer)
{
    auto r = m_db.exec(u"INSERT INTO idempotency_keys (user_id, idem_key, request_hash, status, response, etag, created_at) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {userId, key, answer.requestHash, answer.status, QString::fromUtf8(answer.body), answer.etag,
                        QDateTime::currentMSecsSinceEpoch()});
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace pd::server
