#pragma once
#include "app/domain/WorkingCalendar.h"
#include "app/models/ReviewQueueModel.h"
#include "app/review/BulkReview.h"
#include "app/review/ReviewActions.h"
#include "app/review/ReviewItemLoader.h"
#include "app/review/ReviewNotifier.h"
#include "app/review/ReviewQueueFilter.h"

#include <QObject>
#include <QTimer>

#include <chrono>

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
    /// Counts deadlines in a site's own working hours (its `workingHours` JSON) over the calendar the desk was
    /// made with, as portald does for that site's items.
    void setSiteHours(const QJsonObject &workingHours);

    /// Shows queue item `itemId` in the review pane and fetches its queue neighbours ahead.
    void open(qint64 itemId, const QList<qint64> &neighbours = {});
    [[nodiscard]] qint64 currentId() const { return m_loader.currentId(); }

    /// Applies `decision` to the current item with the revision shown (the loaded item's, else the queue's).
    /// Refused before sending when invalid (rejection without a comment): decided(false) with the message.
    void decide(const ReviewActions::Decision &decision);
    /// Applies `decision` (approve or reject) to many queue items, each with its queued revision.
    Result<void> decideMany(const QList<qint64> &itemIds, const ReviewActions::Decision &decision);

    /// Like decide(), but the decision waits for the undo window before it is sent, and undo() takes it back
    /// meanwhile; the item leaves the queue view at once, so the reviewer moves on. A decision already waiting is
    /// sent first: only the latest one can be taken back.
    void decideLater(const ReviewActions::Decision &decision);
    /// Takes the waiting decision back before it is sent (its item returns to the queue view): false when
    /// nothing waits any more.
    bool undo();
    /// Sends the waiting decision now (before a sign-out).
    void sendPending();
    [[nodiscard]] bool hasPending() const { return m_pending.itemId != 0; }
    [[nodiscard]] qint64 pendingItemId() const { return m_pending.itemId; }
    [[nodiscard]] QString pendingTitle() const { return m_pending.title; }
    [[nodiscard]] ReviewActions::Action pendingAction() const { return m_pending.decision.action; }
    /// How long decideLater() waits (5 seconds unless set).
    void setUndoWindow(std::chrono::milliseconds window) { m_undoTimer.setInterval(window); }
    [[nodiscard]] std::chrono::milliseconds undoWindow() const { return m_undoTimer.intervalAsDuration(); }
    /// Forgets the queue and the item shown (after a sign-out: none of it belongs to the next account).
    void clear();

Q_SIGNALS:
    /// The answer to decide(): ok, or the translated reason it was not applied.
    void decided(qint64 itemId, bool ok, const QString &message);
    /// A decision started or stopped waiting (sent, or taken back).
    void pendingChanged();
    /// undo() took the decision on `itemId` back; nothing was sent.
    void undone(qint64 itemId);

private:
    struct Pending {
        qint64 itemId = 0;
        qint64 revision = 0;
        QString title;
        ReviewActions::Decision decision;
    };
    /// The revision of `itemId` the reviewer saw: the loaded item's, or the queue row's while it is still loading.
    [[nodiscard]] qint64 revisionShown(qint64 itemId) const;
    /// Sends `decision`; `title` names the item in a refusal that arrives when it is no longer on screen.
    void send(qint64 itemId, qint64 revision, const ReviewActions::Decision &decision, const QString &title);

    api::PortalClient &m_client;
    domain::WorkingCalendar m_baseCalendar;
    domain::WorkingCalendar m_calendar;
    models::ReviewQueueModel m_queue;
    ReviewQueueFilter m_filter;
    ReviewActions m_actions;
    BulkReview m_bulk;
    ReviewItemLoader m_loader;
    ReviewNotifier m_notifier;
    QTimer m_undoTimer;
    Pending m_pending;
    QSet<qint64> m_unhideOnReload;
    qint64 m_siteId = 0;
};

} // namespace pd::review
