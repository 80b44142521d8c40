#include "app/review/ReviewDesk.h"

#include "app/api/PortalClient.h"
#include "app/review/ReviewLog.h"

using namespace Qt::StringLiterals;

namespace pd::review {

ReviewDesk::ReviewDesk(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent)
    : QObject(parent)
    , m_client(client)
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
    // The revision the reviewer saw: the loaded item, or the queue row while it is still loading.
    qint64 revision = m_loader.item() ? m_loader.item()->revision : 0;
    if (revision == 0)
        if (const int row = m_queue.rowOf(itemId); row >= 0)
            revision = m_queue.revision(row);
    m_actions.apply(itemId, revision, decision, this, [this, itemId](Result<api::ApiReply> reply) {
        if (!reply) {
            const QString message = reply.error().code == ErrorCode::PreconditionFailed
                                        ? tr("The item changed since you opened it; review the new version.")
                                        : reply.error().message;
            qCInfo(lcReview) << "decision on" << itemId << "refused:" << reply.error().httpStatus;
            Q_EMIT decided(itemId, false, message);
            // Either way the queue (and the pane) should show what the server has now.
            m_queue.refresh(m_siteId);
            return;
        }
        Q_EMIT decided(itemId, true, {});
        m_queue.refresh(m_siteId);
    });
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
