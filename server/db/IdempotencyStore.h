#pragma once
#include "app/domain/Error.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pd::server {

class Database;

/// Remembers the answer to each (user, Idempotency-Key) so a resent create returns the original result.
class IdempotencyStore
{
public:
    struct Stored {
        QString requestHash; ///< SHA-256 of method, path and body of the first request
        int status = 0;
        QByteArray body;
        QString etag;
    };

    explicit IdempotencyStore(Database &db) : m_db(db) {}

    Result<std::optional<Stored>> find(qint64 userId, const QString &key);
    Result<void> store(qint64 userId, const QString &key, const Stored &answer);

private:
    Database &m_db;
};

} // namespace pd::server
