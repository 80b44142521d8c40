#include "app/review/ReviewDesk.h"

#include "app/api/PortalClient.h"
#include "app/review/ReviewLog.h"

using namespace Qt::StringLiterals;

namespace pd::review {

ReviewDesk::ReviewDesk(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_baseCalendar(calendar)
    , m_calendar(calendar)
    , m_queue(client, std::move(calendar), this)
    , m_filter(this)
    , m_actions(client, this)
    , m_bulk(m_actions, this)
    , m_loader(client, this)
    , m_notifier(m_queue, this)
{
    m_filter.setSourceModel(&m_queue);
    // A finished bulk run changed many items; the stream reports them too, but one reload settles it at once.
    connect(&m_bulk, &BulkReview::finished, this, [this] {
        if (m_siteId > 0)
            m_queue.refresh(m_siteId);
    });
    // Long enough to see the wrong row go and press undo; short enough that the next reviewer sees the item soon.
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(std::chrono::seconds(5));
    connect(&m_undoTimer, &QTimer::timeout, this, &ReviewDesk::sendPending);
    // A row kept out of view while its decision went out comes back only with the server's answer in the queue
    // (gone when applied, there again when refused), so it never flickers back in between.
    connect(&m_queue, &models::ReviewQueueModel::refreshed, this, [this] {
        for (const qint64 id : std::exchange(m_unhideOnReload, {}))
            m_filter.unhideItem(id);
    });
}

void ReviewDesk::start(qint64 siteId)
{
    m_siteId = siteId;
    m_queue.refresh(siteId);
    m_loader.loadRules(siteId);
    m_client.columns(siteId, this, [this](Result<QList<domain::Column>> columns) {
        if (!columns)
            return;
        QHash<qint64, QString> names;
        for (const domain::Column &c : std::as_const(*columns))
            names.insert(c.id, c.name);
        m_queue.setColumnNames(names);
    });
}

void ReviewDesk::setSiteHours(const QJsonObject &workingHours)
{
    m_calendar = m_baseCalendar.forSite(workingHours);
    m_queue.setCalendar(m_calendar);
}

void ReviewDesk::handleEvent(qint64, const QString &type, const QJsonObject &payload)
{
    m_queue.handleEvent(type, payload);
}

void ReviewDesk::open(qint64 itemId, const QList<qint64> &neighbours)
{
    const int row = m_queue.rowOf(itemId);
    m_loader.load(itemId, row >= 0 ? m_queue.revision(row) : 0);
    for (const qint64 id : neighbours)
        if (const int r = m_queue.rowOf(id); r >= 0)
            m_loader.prefetch(id, m_queue.revision(r));
}

void ReviewDesk::decide(const ReviewActions::Decision &decision)
{
    const qint64 itemId = m_loader.currentId();
    if (itemId == 0)
        return;
    if (auto ok = ReviewActions::validate(decision, QDateTime::currentDateTimeUtc()); !ok) {
        Q_EMIT decided(itemId, false, ok.error().message);
        return;
    }
    send(itemId, revisionShown(itemId), decision, {});
}

qint64 ReviewDesk::revisionShown(qint64 itemId) const
{
    qint64 revision = m_loader.item() && m_loader.item()->id == itemId ? m_loader.item()->revision : 0;
    if (revision == 0)
        if (const int row = m_queue.rowOf(itemId); row >= 0)
            revision = m_queue.revision(row);
    return revision;
}

void ReviewDesk::send(qint64 itemId, qint64 revision, const ReviewActions::Decision &decision, const QString &title)
{
    m_actions.apply(itemId, revision, decision, this, [this, itemId, title](Result<api::ApiReply> reply) {
        if (!reply) {
            QString message = reply.error().code == ErrorCode::PreconditionFailed
                                  ? tr("The item changed since you opened it; review the new version.")
                                  : reply.error().message;
            if (!title.isEmpty())
                message = tr("%1: %2").arg(title, message);
            qCInfo(lcReview) << "decision on" << itemId << "refused:" << reply.error().httpStatus;
            Q_EMIT decided(itemId, false, message);
            // Either way the queue (and the pane) should show what the server has now.
            m_unhideOnReload.insert(itemId);
            m_queue.refresh(m_siteId);
            return;
        }
        Q_EMIT decided(itemId, true, {});
        m_unhideOnReload.insert(itemId);
        m_queue.refresh(m_siteId);
    });
}

void ReviewDesk::decideLater(const ReviewActions::Decision &decision)
{
    const qint64 itemId = m_loader.currentId();
    if (itemId == 0 || itemId == m_pending.itemId)
        return;
    if (auto ok = ReviewActions::validate(decision, QDateTime::currentDateTimeUtc()); !ok) {
        Q_EMIT decided(itemId, false, ok.error().message);
        return;
    }
    sendPending();
    m_pending.itemId = itemId;
    m_pending.revision = revisionShown(itemId);
    m_pending.title = m_loader.item() ? m_loader.item()->title : QString();
    if (const int row = m_queue.rowOf(itemId); m_pending.title.isEmpty() && row >= 0)
        m_pending.title = m_queue.title(row);
    m_pending.decision = decision;
    m_undoTimer.start();
    m_filter.hideItem(itemId);
    Q_EMIT pendingChanged();
}

bool ReviewDesk::undo()
{
    if (!hasPending())
        return false;
    const qint64 itemId = std::exchange(m_pending, Pending{}).itemId;
    m_undoTimer.stop();
    m_filter.unhideItem(itemId);
    qCInfo(lcReview) << "decision on" << itemId << "taken back";
    Q_EMIT pendingChanged();
    Q_EMIT undone(itemId);
    return true;
}

void ReviewDesk::sendPending()
{
    if (!hasPending())
        return;
    const Pending pending = std::exchange(m_pending, Pending{});
    m_undoTimer.stop();
    send(pending.itemId, pending.revision, pending.decision, pending.title);
    // The row stays out of view until the queue reloads without it (or with it, refused).
    Q_EMIT pendingChanged();
}

void ReviewDesk::clear()
{
    m_undoTimer.stop();
    m_pending = {};
    m_unhideOnReload.clear();
    m_filter.unhideItem(0);
    m_siteId = 0;
    m_queue.setItems({});
    m_loader.clear();
    Q_EMIT pendingChanged();
}

Result<void> ReviewDesk::decideMany(const QList<qint64> &itemIds, const ReviewActions::Decision &decision)
{
    QList<BulkReview::Target> targets;
    for (const qint64 id : itemIds)
        if (const int row = m_queue.rowOf(id); row >= 0)
            targets.append({id, m_queue.revision(row), m_queue.title(row)});
    return m_bulk.start(targets, decision);
}

} // namespace pd::review
