#pragma once
#include "app/domain/LiveEvent.h"
#include "app/domain/LiveStaffMember.h"
#include "app/domain/LiveStats.h"
#include "plugins/api/PanelHost.h"
#include "plugins/livebroadcast/ComposerMemory.h"
#include "plugins/livebroadcast/LiveCommentQueue.h"
#include "plugins/livebroadcast/LiveTimelineModel.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QTimer>

namespace pd::livebroadcast {

/// The live broadcast desk's logic for one desk tab, free of widgets: the site's events, the chosen event (and,
/// with parallel sessions, the chosen sub-forum) with its timeline, posting through the outbox after the content checks, corrections, pins and retractions, event
/// transitions, moderation of pending posts and public comments, and the statistics. Widgets render its state
/// and call its methods; everything reaches the portal through the PanelHost.
class LiveDesk : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveDesk)

public:
    explicit LiveDesk(plugins::PanelHost &host, QObject *parent = nullptr);
    ~LiveDesk() override;

    [[nodiscard]] plugins::PanelHost &host() { return m_host; }
    [[nodiscard]] bool canManageEvents() const;
    [[nodiscard]] bool canModerate() const;
    /// Whether the signed-in user is in one of the chosen event's review groups (joint review).
    [[nodiscard]] bool isEventReviewer() const;

    // Events.
    void reloadEvents();
    [[nodiscard]] const QList<domain::LiveEvent> &events() const { return m_events; }
    /// `session`: the sub-forum this desk works on (its timeline shows only its posts, its posts go there); 0 for
    /// the whole event, whose posts go to its first session.
    void selectEvent(qint64 id, qint64 session = 0);
    [[nodiscard]] qint64 eventId() const { return m_eventId; }
    [[nodiscard]] qint64 session() const { return m_session; }
    /// The session this desk's posts go to: the chosen one, or the event's first.
    [[nodiscard]] qint64 postSession() const { return m_session != 0 ? m_session : m_event.defaultSessionId(); }
    /// The title of postSession(); empty for an event without sessions.
    [[nodiscard]] QString postSessionTitle() const;
    /// Whether the signed-in user may post into postSession() (the sub-forum's team, or a moderator of it).
    [[nodiscard]] bool canPostHere() const;
    [[nodiscard]] const domain::LiveEvent &event() const { return m_event; }
    [[nodiscard]] QStringList guests() const; ///< "name title" of each guest, for the speaker field
    /// The site's live reporters and moderators, for the teams of the sub-forums (loaded for those who manage
    /// events).
    [[nodiscard]] const QList<domain::LiveStaffMember> &people() const { return m_people; }
    /// Creates (id 0) or updates the event from the fields of a LiveEventInput.
    void saveEvent(qint64 id, const QJsonObject &input);
    /// start, pause, resume or end.
    void transitionEvent(domain::LiveEventAction action);
    [[nodiscard]] QUrl publicPageUrl() const;

    // Posting.
    /// Checks the text and queues the post. Fails without queuing when a check blocks it (the reasons are in the
    /// message) or the outbox cannot take it.
    Result<void> post(const QString &text, const QString &speaker, const QList<qint64> &mediaIds = {},
                      const QStringList &captions = {});
    Result<void> correct(qint64 postId, const QString &text, const QString &note);
    Result<void> retract(qint64 postId, const QString &reason);
    Result<void> setPinned(qint64 postId, bool pinned);
    Result<void> retry(qint64 outboxId);
    Result<void> discard(qint64 outboxId);
    [[nodiscard]] LiveTimelineModel &timeline() { return m_timeline; }

    // The composer's unsent text, kept in the account's store on every change.
    void saveDraft(const QString &text, const QString &speaker);
    [[nodiscard]] ComposerMemory::Draft draft() const;
    /// This event's photo watermark, kept with the account.
    [[nodiscard]] ComposerMemory::Watermark watermark() const;
    void saveWatermark(const ComposerMemory::Watermark &watermark);

    // Moderation.
    void moderatePost(qint64 postId, domain::LivePostAction action, const QString &reason = {});
    /// The chosen event's public comments, for moderators (empty for everyone else).
    [[nodiscard]] LiveCommentQueue &comments() { return m_comments; }

    // Statistics.
    void reloadStats();
    [[nodiscard]] const domain::LiveStats &stats() const { return m_stats; }
    /// (minutes since the first post, posts in that minute).
    [[nodiscard]] QList<QPointF> postsPerMinute() const;
    /// (seconds since the first sample, viewers now).
    [[nodiscard]] const QList<QPointF> &viewerSamples() const { return m_viewerSamples; }
    /// (seconds since the first sample, page views so far).
    [[nodiscard]] const QList<QPointF> &pageViewSamples() const { return m_pageViewSamples; }

    // The link.
    [[nodiscard]] plugins::ConnectionState connectionState() const { return m_connection; }
    [[nodiscard]] int waiting() const { return m_waiting; }

Q_SIGNALS:
    void eventsChanged();
    void eventChanged();
    void statsChanged();
    void connectionChanged(pd::plugins::ConnectionState state, int waiting);
    /// The host is about to close the panel: whatever waits for a later turn of the event loop must be stored now.
    void closing();
    /// Something the user asked for failed (translated, ready to show).
    void failed(const QString &message);
    void notice(const QString &message);

private:
    void loadPosts(qint64 eventId);
    void onStreamEvent(qint64 seq, const QString &type, const QJsonObject &payload);
    void onOutbox(const plugins::OutboxEntryInfo &entry);
    Result<void> queueTransition(qint64 postId, const QString &action, const QString &reason);
    /// `"<revision>"` of a post in the timeline, for If-Match; empty when the timeline does not hold it.
    [[nodiscard]] QByteArray postEtag(qint64 postId) const;
    /// The outbox scope of this desk's changes: `live:<event>:<session>` (session 0: the whole event's desk), so
    /// each sub-forum's posts go out in their own order and a stuck one does not hold up the others.
    [[nodiscard]] QString resource() const;
    /// Whether an outbox entry is this desk's: of its session, or (on a desk of the whole event) of any session of
    /// the event; entries queued as `live:<event>` before posts had sessions count for the whole event too.
    [[nodiscard]] bool ownsResource(const QString &resource) const;
    /// Whether a post belongs on this desk's timeline.
    [[nodiscard]] bool shows(const domain::LivePost &post) const;
    [[nodiscard]] QString draftKey() const;

    plugins::PanelHost &m_host;
    ComposerMemory m_memory;
    LiveTimelineModel m_timeline;
    QList<domain::LiveEvent> m_events;
    LiveCommentQueue m_comments{m_host};
    QList<domain::LiveStaffMember> m_people;
    domain::LiveEvent m_event;
    QByteArray m_eventEtag;
    domain::LiveStats m_stats;
    QList<QPointF> m_viewerSamples;
    QList<QPointF> m_pageViewSamples;
    qint64 m_firstSampleMs = 0;
    qint64 m_eventId = 0;
    qint64 m_session = 0;
    plugins::ConnectionState m_connection = plugins::ConnectionState::Offline;
    int m_waiting = 0;
    QList<plugins::PanelHost::Token> m_tokens;
    QTimer m_statsTimer;
    int m_loadGeneration = 0;
};

} // namespace pd::livebroadcast
