#pragma once
#include "app/domain/Error.h"
#include "app/store/OutboxEntry.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <random>

namespace pd::api {
class PortalClient;
}
namespace pd::store {
class LocalStore;
}

namespace pd::sync {

/// Delivers the outbox: one request at a time in id order (so every resource sees its changes in order), each
/// with its idempotency key (so a resend can never create a duplicate). Network trouble, 5xx and 429 are retried
/// with exponential back-off and jitter (honouring Retry-After); a refusal that needs a person (403/409/412/422…)
/// parks the entry as needs-attention and holds back later entries of the same resource.
class OutboxSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxSync)

public:
    OutboxSync(store::LocalStore &store, api::PortalClient &client, QObject *parent = nullptr);

    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    /// Nothing is on the wire and nothing deliverable is waiting (needs-attention entries do not count).
    [[nodiscard]] bool isIdle() const;
    /// First retry delay and the ceiling of the exponential back-off.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// The delay before attempt `attempt` (1-based) of a transient failure, jitter included.
    [[nodiscard]] std::chrono::milliseconds backoffFor(int attempt, int retryAfterSeconds);

Q_SIGNALS:
    void entrySent(const pd::store::OutboxEntry &entry, int status, const QJsonObject &result);
    void entryNeedsAttention(const pd::store::OutboxEntry &entry, const pd::Error &error);
    void retryScheduled(const pd::store::OutboxEntry &entry, std::chrono::milliseconds delay, const pd::Error &error);
    /// The outbox holds nothing deliverable any more.
    void drained();

private:
    void pump();
    void deliver(const store::OutboxEntry &entry);
    void onAnswer(const store::OutboxEntry &entry, const Result<QJsonObject> &result, int status);

    store::LocalStore &m_store;
    api::PortalClient &m_client;
    QTimer m_wake;
    std::chrono::milliseconds m_initial{std::chrono::seconds(1)};
    std::chrono::milliseconds m_maximum{std::chrono::minutes(5)};
    std::mt19937 m_random{std::random_device{}()};
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pumpQueued = false;
};

} // namespace pd::sync
