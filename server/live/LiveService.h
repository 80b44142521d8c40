#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "server/live/CommentRateLimiter.h"
#include "server/live/LiveComment.h"
#include "server/live/LiveEvent.h"
#include "server/live/LivePost.h"
#include "server/live/LiveRepository.h"
#include "server/publish/LiveEventSource.h"
#include "server/stream/StreamEvent.h"

#include <QObject>
#include <optional>

namespace pd::server {

class ContentChecker;
class Database;
class EventHub;
class LiveFeedSink;
class MediaRepository;

/// The rules of live broadcasting: who may create events, post, moderate; direct vs reviewed mode; visible
/// corrections with history; retraction; pinning; public comments (rate limited, checked, pending until approved);
/// statistics. Every change goes to the event stream (back office and public readers) and to the public feed.
///
/// Roles: admin, editor and live_moderator create and edit events and change their state; live_reporter (and
/// moderators, admins) post into any event of their site; live_moderator and admin approve, reject, pin, retract,
/// correct any post and moderate comments; a post's author may correct it too.
class LiveService : public QObject, public LiveEventSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveService)

public:
    /// What a reporter sends for a new post, or the changed fields of a correction.
    struct PostInput {
        std::optional<QString> kind;
        std::optional<QString> text;
        std::optional<QString> speaker;
        std::optional<QList<qint64>> mediaIds;
        std::optional<QStringList> captions;
        QString correctionNote;
    };

    LiveService(Database &db, LiveRepository &repository, EventHub &hub, ContentChecker &checker,
                MediaRepository *media, QObject *parent = nullptr);

    /// PublicSite registers here to rewrite `/live/{event}/` and its feed.json on every public change.
    void setFeedSink(LiveFeedSink *sink) { m_sink = sink; }

    Result<QList<LiveEvent>> events(const domain::User &caller, std::optional<qint64> siteId, const QString &state);
    Result<LiveEvent> event(const domain::User &caller, qint64 id);
    Result<LiveEvent> createEvent(const domain::User &caller, LiveEvent input);
    Result<LiveEvent> updateEvent(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch, LiveEvent input);
    /// start (scheduled|paused → live), pause (live → paused), resume (paused → live), end (→ ended).
    Result<LiveEvent> transitionEvent(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                      const QString &action);

    Result<QList<LivePost>> posts(const domain::User &caller, qint64 eventId, qint64 after, int limit);
    Result<LivePost> post(const domain::User &caller, qint64 id);
    Result<LivePost> createPost(const domain::User &caller, qint64 eventId, const PostInput &input);
    /// Edits text/photos/speaker; once a post is public the correction note is required and shown (更正).
    Result<LivePost> correctPost(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                 const PostInput &input);
    /// approve, reject (reason), pin, unpin, retract (reason required).
    Result<LivePost> transitionPost(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                    const QString &action, const QString &reason);
    Result<QList<LiveRepository::HistoryEntry>> postHistory(const domain::User &caller, qint64 id);

    /// A citizen's comment (`POST /public/live/{event}/comments`): rate limited per address (RateLimited with
    /// retryAfterSeconds), length-limited, blocked by the site's sensitive-word rules (Validation), pending.
    Result<LiveComment> submitComment(qint64 eventId, const QString &name, const QString &text, const QString &address);
    Result<QList<LiveComment>> comments(const domain::User &caller, qint64 eventId, const QString &state);
    /// approve or hide.
    Result<LiveComment> transitionComment(const domain::User &caller, qint64 id, const QString &action);

    /// `{posts, photos, characters, viewersNow, viewersPeak, pageViews, commentsPending}`.
    Result<QJsonObject> stats(const domain::User &caller, qint64 eventId);
    /// Counts one view of the public live page (the static server calls it; each public stream connection counts).
    void countPageView(qint64 eventId);

    // LiveEventSource
    Result<QList<qint64>> publicEventIds(qint64 siteId) override;
    Result<qint64> publicEventSite(qint64 eventId) override;
    Result<QJsonObject> publicEvent(qint64 eventId) override;

private:
    Result<LiveEvent> loadEvent(const domain::User &caller, qint64 id);
    Result<LivePost> loadPost(const domain::User &caller, qint64 id);
    Result<void> applyInput(LivePost &post, const PostInput &input);
    /// Stores a new or changed event and announces it (back office and public), in one transaction.
    Result<LiveEvent> saveEvent(LiveEvent event, bool isNew);
    /// Stores a new (id 0) or changed post (keeping `previous` in its history) and announces it: `internalType` to
    /// the back office, `publicType` (if any) to the event's public readers and feed.
    Result<LivePost> savePost(LivePost post, const QString &internalType, const QString &publicType,
                              const std::optional<LiveRepository::HistoryEntry> &previous);
    /// Records the back-office and public stream events for a post change into `out`.
    Result<void> recordPost(const LivePost &post, const QString &internalType, const QString &publicType,
                            QList<StreamEvent> &out);
    Result<void> recordEvent(const LiveEvent &event, QList<StreamEvent> &out);
    void finish(const QList<StreamEvent> &events, qint64 publicEventId);
    void viewersChanged(qint64 eventId, int viewers, bool opened);

    Database &m_db;
    LiveRepository &m_repo;
    EventHub &m_hub;
    ContentChecker &m_checker;
    MediaRepository *m_media = nullptr;
    LiveFeedSink *m_sink = nullptr;
    CommentRateLimiter m_commentLimiter;
};

} // namespace pd::server
