#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pd::server {

/// Counts failed logins per user name + client address; after `maxFailures` within `window` it refuses until
/// the oldest failure leaves the window.
class LoginThrottle
{
public:
    explicit LoginThrottle(int maxFailures = 5, qint64 windowMs = 60'000);

    /// Seconds to wait (≥ 1) when the key is locked out right now, else nullopt.
    [[nodiscard]] std::optional<int> retryAfter(const QString &key);
    void recordFailure(const QString &key);
    void reset(const QString &key);

private:
    void prune(QList<qint64> &failures, qint64 now) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QElapsedTimer m_clock; ///< monotonic: a wall-clock jump must not unlock an attacker
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace pd::server
