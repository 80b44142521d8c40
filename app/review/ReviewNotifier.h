#pragma once
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace pd::models {
class ReviewQueueModel;
}

namespace pd::review {

/// Watches the review queue for what deserves the reviewer's attention outside the window: how many items wait,
/// an item that newly arrived, an item whose deadline light just turned red. The tray icon renders these
/// signals; without a tray (offscreen, some desktops) the logic runs all the same.
class ReviewNotifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewNotifier)

public:
    explicit ReviewNotifier(models::ReviewQueueModel &queue, QObject *parent = nullptr);

    [[nodiscard]] int waitingCount() const { return m_waiting; }
    [[nodiscard]] int overdueCount() const { return int(m_red.size()); }

Q_SIGNALS:
    void waitingCountChanged(int count);
    /// An item that was not in the queue at the last look (never for the first load after sign-in).
    void itemArrived(qint64 itemId, const QString &title);
    /// An item's light turned red since the last look (also for an item that arrives already overdue).
    void itemOverdue(qint64 itemId, const QString &title);

private:
    void rescan();

    models::ReviewQueueModel &m_queue;
    QSet<qint64> m_known;
    QSet<qint64> m_red;
    int m_waiting = -1;
    bool m_primed = false;
};

} // namespace pd::review
