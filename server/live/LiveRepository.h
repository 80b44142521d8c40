#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"

#include <QHash>
#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// SQL for live events, posts (with their history of corrections and review decisions), comments and the event
/// counters.
class LiveRepository
{
public:
    struct Counts {
        qint64 posts = 0;
        qint64 photos = 0;
        qint64 characters = 0;
        qint64 commentsPending = 0;
        qint64 commentsReceived = 0;
        qint64 commentsApproved = 0;
        qint64 pageViews = 0;
        qint64 viewersPeak = 0;
    };
    struct HistoryEntry {
        qint64 revision = 0;
        QDateTime savedAt;
        qint64 savedBy = 0;
        QString note;
        QJsonObject snapshot; ///< the post as it was before this change
        /// What was done: correct, or a post action (approve, reject, retract …); a correction or retraction that
        /// waits for review is `request-correction` / `request-retraction`.
        QString action;
    };

    /// Which comments of an event a moderator's page holds: newest first, below a cursor.
    struct CommentQuery {
        std::optional<domain::LiveComment::State> state;
        QString search;    ///< part of the text or of the name the citizen gave (case-insensitive); empty: all
        qint64 before = 0; ///< only comments with a smaller id (the cursor); 0: from the newest
        int limit = 50;
    };
    struct CommentPage {
        QList<domain::LiveComment> items;
        qint64 nextBefore = 0; ///< the cursor of the next page; 0 on the last page
    };

    explicit LiveRepository(Database &db) : m_db(db) {}

    Result<qint64> insertEvent(domain::LiveEvent &event);
    Result<void> updateEvent(const domain::LiveEvent &event);
    Result<std::optional<domain::LiveEvent>> findEvent(qint64 id);
    Result<QList<domain::LiveEvent>> events(const QList<qint64> &siteIds, std::optional<domain::LiveEventState> state);
    Result<QList<qint64>> eventIds(qint64 siteId);
    /// The events of every site that readers may be following now (live or paused).
    Result<QList<qint64>> runningEventIds();

    /// Inserts with the event's next `seq`.
    Result<qint64> insertPost(domain::LivePost &post);
    Result<void> updatePost(const domain::LivePost &post);
    Result<std::optional<domain::LivePost>> findPost(qint64 id);
    /// Posts of an event with seq > after, in seq order; `publicOnly` keeps the published ones, `session` those of
    /// one session.
    Result<QList<domain::LivePost>> posts(qint64 eventId, qint64 after, int limit, bool publicOnly,
                                          std::optional<qint64> session = std::nullopt);
    /// How many posts (in any state) each session of an event holds; sessions without posts are absent.
    Result<QHash<qint64, qint64>> postsPerSession(qint64 eventId);
    Result<void> addHistory(qint64 postId, const HistoryEntry &entry);
    Result<QList<HistoryEntry>> history(qint64 postId);

    Result<qint64> insertComment(domain::LiveComment &comment);
    Result<void> updateComment(const domain::LiveComment &comment);
    Result<std::optional<domain::LiveComment>> findComment(qint64 id);
    Result<CommentPage> comments(qint64 eventId, const CommentQuery &query);

    Result<Counts> counts(qint64 eventId);
    Result<void> addPageView(qint64 eventId);
    Result<void> raiseViewersPeak(qint64 eventId, int viewers);

private:
    Database &m_db;
};

} // namespace pd::server
