#pragma once
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace pd::server {

/// Public comments per address in a sliding window (default: 5 a minute). Kept in memory: a restart forgets it,
/// which costs at most one extra window of comments that still wait for a moderator anyway.
class CommentRateLimiter
{
public:
    explicit CommentRateLimiter(int maxPerWindow = 5, qint64 windowMs = 60'000)
        : m_max(maxPerWindow), m_windowMs(windowMs)
    {
    }

    /// Records a comment from `address` at `nowMs` when allowed; otherwise returns the seconds until the next one is.
    [[nodiscard]] std::optional<int> admit(const QString &address, qint64 nowMs);

private:
    int m_max;
    qint64 m_windowMs;
    QHash<QString, QList<qint64>> m_recent;
    qint64 m_lastSweepMs = 0;
};

} // namespace pd::server
