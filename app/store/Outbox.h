#pragma once
#include "app/domain/Error.h"
#include "app/store/OutboxEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace pd::store {

class StoreDatabase;

/// The mutations waiting to reach the portal, each durable before it is reported queued, with its idempotency key,
/// If-Match and delivery state. Part of LocalStore, on its connection; `changed` runs after every change of it.
class Outbox
{
public:
    Outbox(const StoreDatabase &database, std::function<void()> changed);

    /// See LocalStore::enqueue().
    Result<OutboxEntry> enqueue(const QString &resource, const QByteArray &verb, const QString &path,
                                const QJsonObject &body, const QString &ifMatch = {},
                                const QString &idempotencyKey = {});
    /// Entries in id order; Sent ones only when asked.
    [[nodiscard]] Result<QList<OutboxEntry>> entries(bool includeSent = false) const;
    /// The first undelivered entry of each resource, in id order: what may go out next.
    [[nodiscard]] Result<QList<OutboxEntry>> heads() const;
    [[nodiscard]] Result<std::optional<OutboxEntry>> entry(qint64 id) const;
    [[nodiscard]] Result<int> pendingCount() const;
    /// Whether `resource` has entries waiting to go out (queued or sending; not those parked for a person).
    [[nodiscard]] Result<bool> hasWaiting(const QString &resource) const;
    /// The most recently delivered entry of `resource` (its `result` is the server's answer), if any is kept.
    [[nodiscard]] Result<std::optional<OutboxEntry>> lastSent(const QString &resource) const;
    Result<void> markSending(qint64 id);
    Result<void> markSent(qint64 id, int status, const QJsonObject &result);
    Result<void> markRetry(qint64 id, const QDateTime &notBefore, const QString &error, int status);
    Result<void> markNeedsAttention(qint64 id, const QString &error, int status, const QJsonObject &problem);
    Result<void> requeue(qint64 id, const QString &ifMatch = {}, const QJsonObject &body = {});
    Result<void> discard(qint64 id);
    Result<void> pruneSent(const QDateTime &before);

private:
    /// `durable`: wait for the disk (FULL); delivery bookkeeping that a resend can repair does not.
    Result<void> setState(qint64 id, const QString &sql, const QVariantList &bind, bool durable = true);

    const StoreDatabase &m_database;
    std::function<void()> m_changed;
};

} // namespace pd::store
