#pragma once
#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <optional>

namespace pd::server {

class PasswordHasher;

/// Runs Argon2id verification away from the event loop: a thread pool of one or two threads (each hash takes
/// 64 MiB and a core for ~0.1 s) with a bounded number of checks waiting. When that many are waiting the caller
/// hears so at once and answers "busy": a login flood costs a fixed amount of CPU and memory, and every other
/// request — the API, the streams, publishing — keeps being served.
class PasswordWorkers : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordWorkers)

public:
    /// The outcome of one check; `rehashed` is a new hash when the stored one used weaker limits than today's.
    struct Check {
        bool ok = false;
        QByteArray rehashed;
    };

    PasswordWorkers(const PasswordHasher &hasher, int threads, int maxWaiting, QObject *parent = nullptr);
    ~PasswordWorkers() override;

    /// Checks `password` against `storedHash` (empty: against a dummy, so unknown names cost the same time);
    /// nullopt when the queue is full. The future finishes on a worker thread.
    [[nodiscard]] std::optional<QFuture<Check>> verify(QByteArray storedHash, QByteArray password);
    /// Whether verify() would take a check now (only the event loop submits, so the answer holds until it does).
    [[nodiscard]] bool hasRoom() const { return m_inFlight.load() < m_maxInFlight; }
    /// Checks running or waiting right now.
    [[nodiscard]] int inFlight() const { return m_inFlight.load(); }

private:
    const PasswordHasher &m_hasher;
    int m_maxInFlight;
    std::atomic<int> m_inFlight{0};
    QThreadPool m_pool; ///< last: destroyed (and drained) before what its jobs use
};

} // namespace pd::server
