#include "app/api/ItemBatch.h"

#include <QSet>

#include <algorithm>

namespace pd::api {

ItemBatch::ItemBatch(QObject *parent)
    : QObject(parent)
{
}

void ItemBatch::start(const QList<Target> &targets, Send send)
{
    if (m_running)
        return;
    m_queue.clear();
    QSet<qint64> seen;
    for (const Target &t : targets)
        if (!seen.contains(t.id)) {
            seen.insert(t.id);
            m_queue.append(t);
        }
    m_send = std::move(send);
    m_outcomes.clear();
    m_total = int(m_queue.size());
    m_running = true;
    next();
}

void ItemBatch::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // One at a time, in the user's order: the server sees the items as they were chosen, a failure never hides
    // another, and a long selection does not flood the server.
    const Target target = m_queue.takeFirst();
    m_send(target, [this](Outcome outcome) {
        m_outcomes.append(std::move(outcome));
        Q_EMIT progress(int(m_outcomes.size()), m_total);
        next();
    });
}

int ItemBatch::succeeded() const
{
    return int(std::ranges::count_if(m_outcomes, &Outcome::ok));
}

QString ItemBatch::summary(const QString &done) const
{
    const int failed = int(m_outcomes.size()) - succeeded();
    return failed == 0 ? done : tr("%1, %n not applied", nullptr, failed).arg(done);
}

} // namespace pd::api
