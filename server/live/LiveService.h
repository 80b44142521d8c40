#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveComment.h"
#include "app/domain/LiveEvent.h"
#include "app/domain/LivePost.h"
#include "app/domain/LiveStaffMember.h"
#include "app/domain/LiveStats.h"
#include "app/domain/User.h"
#include "server/live/CommentRateLimiter.h"
#include "server/live/LiveRepository.h"
#include "server/publish/LiveEventSource.h"
#include "server/stream/StreamEvent.h"

#include <QObject>
#include <optional>

namespace pd::server {

class ContentChecker;
class Database;
class EventHub;
class LiveAudience;
class LiveFeedSink;
class MediaRepository;

/// The rules of live broadcasting: who may create events, post, moderate; direct vs reviewed mode; visible
/// corrections with history; retraction; pinning; public comments (rate limited, checked, pending until approved);
/// statistics. Every change goes to the event stream (back office and public readers) and to the public feed.
///
/// Roles: admin, editor and live_moderator create and edit events and change their state; live_reporter (and
/// moderators, admins) post into any event of their site; live_moderator and admin approve, reject, pin, retract,
/// correct any post and moderate comments; a post's author may correct it too. Every post belongs to one of the
/// event's sessions (sub-forums); a session that names its team narrows this: only its reporters (and its
/// moderators, and admins) post into it, and only its moderators (and admins) moderate its posts. In reviewed mode an event's review
/// decides who approves (joint review: one approval per group, each from a different person, never the author), and
/// corrections and retractions of published posts wait for the same approvals before readers see them.
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
        /// The session (sub-forum) of a new post; the event's first when absent. Ignored by corrections.
        std::optional<qint64> session;
        QString correctionNote;
    };

    /// One page of an event's comments for the moderators, and the cursor of the next (empty on the last page).
    struct CommentPage {
        QList<domain::LiveComment> items;
        QString nextCursor;
    };

    LiveService(Database &db, LiveRepository &repository, EventHub &hub, LiveAudience &audience,
                ContentChecker &checker, MediaRepository *media, QObject *parent = nullptr);

    /// PublicSite registers here to rewrite `/live/{event}/` and its feed.json on every public change.
    void setFeedSink(LiveFeedSink *sink) { m_sink = sink; }

    Result<QList<domain::LiveEvent>> events(const domain::User &caller, std::optional<qint64> siteId, const QString &state);
    Result<domain::LiveEvent> event(const domain::User &caller, qint64 id);
    Result<domain::LiveEvent> createEvent(const domain::User &caller, domain::LiveEvent input);
    Result<domain::LiveEvent> updateEvent(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch, domain::LiveEvent input);
    /// The site's live reporters and moderators (and admins), for the teams of its sub-forums; for those who
    /// manage events.
    Result<QList<domain::LiveStaffMember>> staff(const domain::User &caller, qint64 siteId);
    /// start (scheduled|paused → live), pause (live → paused), resume (paused → live), end (→ ended).
    Result<domain::LiveEvent> transitionEvent(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                      const QString &action);

    /// `session`: only that session's posts.
    Result<QList<domain::LivePost>> posts(const domain::User &caller, qint64 eventId, qint64 after, int limit,
                                          std::optional<qint64> session = std::nullopt);
    Result<domain::LivePost> post(const domain::User &caller, qint64 id);
    Result<domain::LivePost> createPost(const domain::User &caller, qint64 eventId, const PostInput &input);
    /// Edits text/photos/speaker; once a post is public the correction note is required and shown (更正) — in
    /// reviewed mode only once the review has approved it (until then it is the post's `pendingChange`).
    Result<domain::LivePost> correctPost(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                 const PostInput &input);
    /// approve, reject (reason), pin, unpin, retract (reason required; in reviewed mode it waits for the review).
    /// Every one is kept in the post's history.
    Result<domain::LivePost> transitionPost(const domain::User &caller, qint64 id, std::optional<qint64> ifMatch,
                                    const QString &action, const QString &reason);
    Result<QList<LiveRepository::HistoryEntry>> postHistory(const domain::User &caller, qint64 id);

    /// A citizen's comment (`POST /public/live/{event}/comments`): rate limited per address (RateLimited with
    /// retryAfterSeconds), length-limited, blocked by the site's sensitive-word rules (Validation), pending.
    Result<domain::LiveComment> submitComment(qint64 eventId, const QString &name, const QString &text, const QString &address);
    /// Newest first, `limit` (1–200, default 50) at a time below `cursor`, of one `state` (empty: all) and matching
    /// `search` in the text or the name; every comment is reachable by following nextCursor.
    Result<CommentPage> comments(const domain::User &caller, qint64 eventId, const QString &state,
                                 const QString &search, const QString &cursor, const QString &limit);
    /// approve or hide.
    Result<domain::LiveComment> transitionComment(const domain::User &caller, qint64 id, const QString &action);

    /// `{posts, photos, characters, viewersNow, viewersPeak, pageViews, commentsPending, commentsReceived,
    /// commentsApproved}`; viewers over every portald instance and both ways of reading (LiveAudience).
    Result<domain::LiveStats> stats(const domain::User &caller, qint64 eventId);
    /// What the public live page's script says of itself (`POST /public/live/{event}/presence`): `view` once per
    /// page load (a page view), `polling` while it reads feed.json instead of the stream (a reader now).
    Result<void> presence(qint64 eventId, const QString &address, bool view, bool polling);

    // LiveEventSource
    Result<QList<qint64>> publicEventIds(qint64 siteId) override;
    Result<qint64> publicEventSite(qint64 eventId) override;
    Result<LivePublicView> publicEvent(qint64 eventId) override;

private:
    /// A post with the event it belongs to (its review decides who may approve and what is awaited).
    struct PostInEvent {
        domain::LivePost post;
        domain::LiveEvent event;
    };

    Result<domain::LiveEvent> loadEvent(const domain::User &caller, qint64 id);
    /// The post (with `awaiting` filled in) if the caller may see it.
    Result<PostInEvent> loadPost(const domain::User &caller, qint64 id);
    /// The review group the caller's approval counts for; refused for the author, a second approval by one person,
    /// and anyone outside the awaited groups.
    static Result<QString> approvalGroup(const domain::User &caller, const domain::LivePost &post,
                                         const domain::LiveEvent &event);
    [[nodiscard]] static QStringList awaiting(const domain::LivePost &post, const domain::LiveEvent &event);
    Result<void> applyInput(domain::LivePost &post, const PostInput &input);
    /// Gives the sessions of an edit their ids: kept for those of `current`, new ones for the rest. Refuses ids the
    /// event does not have (422) and the removal of a session posts still belong to (409).
    Result<void> reconcileSessions(const domain::LiveEvent &current, QList<domain::LiveEvent::Session> &sessions);
    /// Stores a new or changed event and announces it (back office and public), in one transaction.
    /// Checks every guest's photo (an image uploaded to the event's site) and sets its URL; Validation names each
    /// bad one.
    Result<void> resolveGuestPhotos(domain::LiveEvent &event) const;
    Result<domain::LiveEvent> saveEvent(domain::LiveEvent event, bool isNew);
    /// Stores a new (id 0) or changed post (keeping `previous` in its history) and announces it: `internalType` to
    /// the back office, `publicType` (if any) to the event's public readers and feed.
    Result<domain::LivePost> savePost(domain::LivePost post, const domain::LiveEvent &event, const QString &internalType,
                                      const QString &publicType,
                                      const std::optional<LiveRepository::HistoryEntry> &previous);
    /// Records the back-office and public stream events for a post change into `out`.
    Result<void> recordPost(const domain::LivePost &post, const domain::LiveEvent &event, const QString &internalType,
                            const QString &publicType, QList<StreamEvent> &out);
    Result<void> recordEvent(const domain::LiveEvent &event, QList<StreamEvent> &out);
    void finish(const QList<StreamEvent> &events, qint64 publicEventId);

    Database &m_db;
    LiveRepository &m_repo;
    EventHub &m_hub;
    LiveAudience &m_audience;
    ContentChecker &m_checker;
    MediaRepository *m_media = nullptr;
    LiveFeedSink *m_sink = nullptr;
    CommentRateLimiter m_commentLimiter;
};

} // namespace pd::server
