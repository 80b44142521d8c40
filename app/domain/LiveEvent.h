#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveEventKind.h"
#include "app/domain/LiveEventState.h"
#include "app/domain/LiveReview.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace pd::domain {

/// A live broadcast (图文直播) or online interview (在线访谈) as `GET /api/v1/live/events/{id}` returns it: schedule,
/// guests, state, mode and, in reviewed mode, the review its posts go through. portald answers with this codec,
/// the public pages render it and the desk reads it.
struct LiveEvent {
    /// A part of the programme (开幕式, 主论坛, 分论坛一 …). Parallel sessions are sub-forums, each covered by its own
    /// team: only its reporters post into it (none named: every reporter of the site) and only its moderators
    /// moderate its posts (none named: every live moderator of the site).
    struct Session {
        qint64 id = 0; ///< unique within the event; posts name it
        QString title;
        QDateTime startsAt;
        QDateTime endsAt;
        QList<qint64> reporters;  ///< user ids
        QList<qint64> moderators; ///< user ids
        friend bool operator==(const Session &, const Session &) = default;
    };
    struct Guest {
        Guest() = default;
        // A constructor rather than an aggregate: `{name, title}` keeps compiling without the id.
        Guest(QString guestName, QString guestTitle, qint64 guestId = 0)
            : name(std::move(guestName)), title(std::move(guestTitle)), id(guestId)
        {
        }
        QString name;
        QString title;
        /// Stable within the event (1, 2, …; portald assigns it), so an interview answer names its guest even
        /// after the guest list changed. 0 for a guest not yet saved.
        qint64 id = 0;
        /// The guest's photo: a media id of the event's site (an image), 0 for none. In an edit, KeepPhoto (the
        /// field left out) keeps the photo the guest had, so a desk that only knows names and titles loses none.
        qint64 photoId = 0;
        QString photoUrl; ///< `/media/{id}/{name}`, set by portald from photoId; empty without a photo
        static constexpr qint64 KeepPhoto = -1;
        /// "name title", as the speaker field of a post names a guest.
        [[nodiscard]] QString speakerLabel() const { return title.isEmpty() ? name : name + u' ' + title; }
        friend bool operator==(const Guest &, const Guest &) = default;
    };

    qint64 id = 0;
    qint64 siteId = 0;
    QString title;
    QString venue;
    QString summary;
    LiveEventState state = LiveEventState::Scheduled;
    LiveMode mode = LiveMode::Direct;
    QDateTime startsAt;
    QList<Session> sessions;
    QList<Guest> guests;
    LiveEventKind kind = LiveEventKind::Forum;
    Guest host; ///< the interview's host (主持人); empty name when none
    LiveReview review; ///< who approves posts in reviewed mode
    qint64 revision = 0;
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString publicUrl; ///< `/live/{id}/`, set by toJson and read back by fromJson

    static constexpr qsizetype MaxTitleLength = 200;
    /// The session of an event that names none: posts made before events had sessions belong to it, and so do
    /// those of an event without a programme.
    static constexpr qint64 MainSession = 1;

    [[nodiscard]] bool isReviewed() const { return mode == LiveMode::Reviewed; }
    [[nodiscard]] bool isInterview() const { return kind == LiveEventKind::Interview; }
    /// The session a post goes to when it names none: the first (the main forum), or MainSession.
    [[nodiscard]] qint64 defaultSessionId() const { return sessions.isEmpty() ? MainSession : sessions.first().id; }
    /// The session with this id; nullptr for an unknown id and for MainSession of an event without sessions.
    [[nodiscard]] const Session *session(qint64 sessionId) const;
    /// Whether a post may name this session: one of the event's, or MainSession when it has none.
    [[nodiscard]] bool hasSession(qint64 sessionId) const;
    /// Gives every session without an id (0) the next free one, in programme order; ids already there stay.
    void numberSessions();
    /// The guest with this id; nullptr when the event has none such (any more).
    [[nodiscard]] const Guest *guest(qint64 guestId) const;
    /// Gives every guest without an id one: the id of an earlier guest of the same name in `previous`, else the next
    /// free one, so an edit from a client that does not send ids keeps the answers' guests.
    void assignGuestIds(const QList<Guest> &previous);
    /// Gives every guest whose edit left the photo out (KeepPhoto) the photo of the guest with its id in
    /// `previous`, or none; call after assignGuestIds.
    void keepGuestPhotos(const QList<Guest> &previous);
    /// The API form (`GET /api/v1/live/events/{id}`).
    [[nodiscard]] QJsonObject toJson() const;
    /// What a citizen may see of it (the public page, feed.json, `live.event.changed` on the public stream): nothing
    /// about who reviews.
    [[nodiscard]] QJsonObject toPublicJson() const;
    /// `{"sessions", "guests", "review", "kind", "host"}`: the parts portald keeps as one document.
    [[nodiscard]] QJsonObject contentJson() const;
    /// Reads back what contentJson wrote.
    void takeContent(const QJsonObject &content);
    /// Reads the API form (or the public one); unknown codes fall back to the defaults.
    [[nodiscard]] static LiveEvent fromJson(const QJsonObject &json);
    /// Reads the writable fields (site, title, venue, summary, kind, mode, startsAt, sessions, guests, host, review) of a create
    /// or edit; Validation lists every bad field. Without a kind it is a forum; without a mode it gets the kind's
    /// (defaultLiveMode). Session ids are kept as given (0 for a new session).
    [[nodiscard]] static Result<LiveEvent> fromInput(const QJsonObject &json);

    friend bool operator==(const LiveEvent &, const LiveEvent &) = default;
};

} // namespace pd::domain
