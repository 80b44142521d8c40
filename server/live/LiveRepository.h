#pragma once
#include "app/domain/Error.h"
#include "server/live/LiveComment.h"
#include "server/live/LiveEvent.h"
#include "server/live/LivePost.h"

#include <QList>
#include <optional>

namespace pd::server {

class Database;

/// SQL for live events, posts (with their correction history), comments and the event counters.
class LiveRepository
{
public:
    struct Counts {
        qint64 posts = 0;
        qint64 photos = 0;
        qint64 characters = 0;
        qint64 commentsPending = 0;
        qint64 pageViews = 0;
        qint64 viewersPeak = 0;
    };
    struct HistoryEntry {
        qint64 revision = 0;
        QDateTime savedAt;
        qint64 savedBy = 0;
        QString note;
        QJsonObject snapshot; ///< the post as it was before this change
    };

    explicit LiveRepository(Database &db) : m_db(db) {}

    Result<qint64> insertEvent(LiveEvent &event);
    Result<void> updateEvent(const LiveEvent &event);
    Result<std::optional<LiveEvent>> findEvent(qint64 id);
    Result<QList<LiveEvent>> events(const QList<qint64> &siteIds, const QString &state);
    Result<QList<qint64>> eventIds(qint64 siteId);

    /// Inserts with the event's next `seq`.
    Result<qint64> insertPost(LivePost &post);
    Result<void> updatePost(const LivePost &post);
    Result<std::optional<LivePost>> findPost(qint64 id);
    /// Posts of an event with seq > after, in seq order; `publicOnly` keeps the published ones.
    Result<QList<LivePost>> posts(qint64 eventId, qint64 after, int limit, bool publicOnly);
    Result<void> addHistory(qint64 postId, const HistoryEntry &entry);
    Result<QList<HistoryEntry>> history(qint64 postId);

    Result<qint64> insertComment(LiveComment &comment);
    Result<void> updateComment(const LiveComment &comment);
    Result<std::optional<LiveComment>> findComment(qint64 id);
    Result<QList<LiveComment>> comments(qint64 eventId, const QString &state, int limit);

    Result<Counts> counts(qint64 eventId);
    Result<void> addPageView(qint64 eventId);
    Result<void> raiseViewersPeak(qint64 eventId, int viewers);

private:
    Database &m_db;
};

} // namespace pd::server
