#pragma once
#include "app/domain/WorkingCalendar.h"
#include "app/models/ReviewQueueModel.h"
#include "app/review/BulkReview.h"
#include "app/review/ReviewActions.h"
#include "app/review/ReviewItemLoader.h"
#include "app/review/ReviewNotifier.h"
#include "app/review/ReviewQueueFilter.h"

#include <QObject>

namespace pd::api {
class PortalClient;
}

namespace pd::review {

/// The reviewer's desk, the logic behind the 审核 page: the queue of one site (kept current by stream events),
/// its filtered and sorted view, the item under review with its diff, findings and audit trail, and the
/// decisions — on the current item with the revision the reviewer looked at, or on many at once.
class ReviewDesk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDesk)

public:
    ReviewDesk(api::PortalClient &client, domain::WorkingCalendar calendar, QObject *parent = nullptr);

    /// Loads the queue, the check rules and the column names of `siteId`.
    void start(qint64 siteId);
    [[nodiscard]] qint64 siteId() const { return m_siteId; }
    /// Feeds a stream event (review.assigned, item.changed reload the queue).
    void handleEvent(qint64 seq, const QString &type, const QJsonObject &payload);

    [[nodiscard]] models::ReviewQueueModel &queue() { return m_queue; }
    [[nodiscard]] ReviewQueueFilter &filter() { return m_filter; }
    [[nodiscard]] ReviewItemLoader &loader() { return m_loader; }
    [[nodiscard]] ReviewNotifier &notifier() { return m_notifier; }
    [[nodiscard]] BulkReview &bulk() { return m_bulk; }
    [[nodiscard]] const domain::WorkingCalendar &calendar() const { return m_calendar; }

    /// Shows queue item `itemId` in the review pane and fetches its queue neighbours ahead.
    void open(qint64 itemId, const QList<qint64> &neighbours = {});
    [[nodiscard]] qint64 currentId() const { return m_loader.currentId(); }

    /// Applies `decision` to the current item with the revision shown (the loaded item's, else the queue's).
    /// Refused before sending when invalid (rejection without a comment): decided(false) with the message.
    void decide(const ReviewActions::Decision &decision);
    /// Applies `decision` (approve or reject) to many queue items, each with its queued revision.
    Result<void> decideMany(const QList<qint64> &itemIds, const ReviewActions::Decision &decision);

Q_SIGNALS:
    /// The answer to decide(): ok, or the translated reason it was not applied.
    void decided(qint64 itemId, bool ok, const QString &message);

private:
    api::PortalClient &m_client;
    domain::WorkingCalendar m_calendar;
    models::ReviewQueueModel m_queue;
    ReviewQueueFilter m_filter;
    ReviewActions m_actions;
    BulkReview m_bulk;
    ReviewItemLoader m_loader;
    ReviewNotifier m_notifier;
    qint64 m_siteId = 0;
};

} // namespace pd::review
