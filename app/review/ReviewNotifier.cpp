#include "app/review/ReviewNotifier.h"

#include "app/models/ReviewQueueModel.h"

namespace pd::review {

ReviewNotifier::ReviewNotifier(models::ReviewQueueModel &queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    connect(&m_queue, &QAbstractItemModel::modelReset, this, &ReviewNotifier::rescan);
    // The model signals dataChanged when the clock moves the lights on.
    connect(&m_queue, &QAbstractItemModel::dataChanged, this, &ReviewNotifier::rescan);
}

void ReviewNotifier::rescan()
{
    QSet<qint64> ids;
    QSet<qint64> red;
    QList<std::pair<qint64, QString>> arrived;
    QList<std::pair<qint64, QString>> turnedRed;
    const int rows = m_queue.rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        const qint64 id = m_queue.itemId(row);
        ids.insert(id);
        if (m_primed && !m_known.contains(id))
            arrived.append({id, m_queue.title(row)});
        if (m_queue.light(row) == domain::DeadlineLight::Red
            && m_queue.index(row, 0).data(models::ReviewQueueModel::DueAtRole).toDateTime().isValid()) {
            red.insert(id);
            if (m_primed && !m_red.contains(id))
                turnedRed.append({id, m_queue.title(row)});
        }
    }
    m_known = std::move(ids);
    m_red = std::move(red);
    m_primed = true;
    if (rows != m_waiting) {
        m_waiting = rows;
        Q_EMIT waitingCountChanged(rows);
    }
    for (const auto &[id, title] : std::as_const(arrived))
        Q_EMIT itemArrived(id, title);
    for (const auto &[id, title] : std::as_const(turnedRed))
        Q_EMIT itemOverdue(id, title);
}

} // namespace pd::review
