#include "server/items/PublishScheduler.h"

#include "server/db/ItemRepository.h"
#include "server/items/ItemService.h"
#include "server/items/ItemsLog.h"

#include <QDateTime>

namespace pd::server {

namespace {
// Wake at least this often even with nothing scheduled soon: cheap, and it bounds the damage of a clock jump.
constexpr qint64 kMaxSleepMs = 30'000;
} // namespace

PublishScheduler::PublishScheduler(ItemService &service, ItemRepository &items, QObject *parent)
    : QObject(parent), m_service(service), m_items(items)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PublishScheduler::tick);
    // A schedule or publish elsewhere may move the next deadline earlier.
    connect(&m_service, &ItemService::itemChanged, this, &PublishScheduler::arm);
}

void PublishScheduler::start()
{
    tick();
}

void PublishScheduler::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto published = m_service.publishDue(now);
    if (!published)
        qCWarning(lcItems) << "scheduled publishing failed:" << published.error().message;
    else if (*published > 0)
        qCInfo(lcItems) << "published" << *published << "scheduled item(s)";
    auto archived = m_service.archiveEndedFeatures(now);
    if (!archived)
        qCWarning(lcItems) << "archiving ended features failed:" << archived.error().message;
    else if (*archived > 0)
        qCInfo(lcItems) << "archived" << *archived << "ended feature(s)";
    arm();
}

void PublishScheduler::arm()
{
    qint64 wait = kMaxSleepMs;
    auto next = m_items.nextScheduled();
    if (next && next->has_value()) {
        // An item already past due that is still scheduled could not be published; retry it calmly, not in a loop.
        const qint64 until = QDateTime::currentDateTimeUtc().msecsTo(**next);
        wait = until > 0 ? std::min(until + 5, kMaxSleepMs) : 1'000;
    }
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(std::chrono::milliseconds(wait));
}

} // namespace pd::server
