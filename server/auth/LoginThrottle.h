#pragma once
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <functional>
#include <optional>

namespace pd::server {

/// Slows password guessing down without letting anyone lock an account. Every admitted attempt counts as a failure
/// until it succeeds (so attempts still being verified count too); three budgets apply:
/// - per client address: `perAddress` attempts in `windowMs` whatever the names — spraying names stops there;
/// - per account and address: `perAccountAddress` in `windowMs`, then that address waits for that account;
/// - per account from every address: after `accountFree` failures within `accountWindowMs` each further try waits
///   2^(n − accountFree) seconds (at most `accountMaxDelayMs`) after the latest one. This is a delay an honest user
///   sits out, never a lock; and as one address adds at most `perAccountAddress` failures a window, it alone cannot
///   keep the account's delay long.
class LoginThrottle
{
    Q_DISABLE_COPY_MOVE(LoginThrottle)

public:
    struct Limits {
        int perAddress = 10;
        int perAccountAddress = 5;
        qint64 windowMs = 60'000;
        int accountFree = 5;
        qint64 accountWindowMs = 15 * 60'000;
        qint64 accountMaxDelayMs = 15'000;
    };
    using Clock = std::function<qint64()>; ///< monotonic milliseconds

    LoginThrottle();
    /// Without a clock, a monotonic one: a wall-clock jump must not unlock an attacker.
    explicit LoginThrottle(Limits limits, Clock clock = {});

    /// Seconds to wait (≥ 1) when an attempt for `account` from `address` must be refused now; otherwise nullopt,
    /// and the attempt is counted as a failure until succeeded() says otherwise.
    [[nodiscard]] std::optional<int> admit(const QString &account, const QString &address);
    /// The attempt admitted last for `account` from `address` was right: that account's failures are forgiven.
    void succeeded(const QString &account, const QString &address);

private:
    using Times = QList<qint64>;
    void prune(Times &times, qint64 horizon) const;
    void sweep(qint64 now);
    [[nodiscard]] qint64 windowWait(QHash<QString, Times> &table, const QString &key, int max, qint64 now);
    [[nodiscard]] qint64 accountWait(const QString &account, qint64 now);

    Limits m_limits;
    Clock m_clock;
    QElapsedTimer m_monotonic;
    QHash<QString, Times> m_byAddress;
    QHash<QString, Times> m_byAccountAddress;
    QHash<QString, Times> m_byAccount;
    qint64 m_lastSweep = 0;
};

} // namespace pd::server
