#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveEventState.h"
#include "app/domain/LiveReview.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::domain {

/// A live broadcast (图文直播) or online interview (在线访谈) as `GET /api/v1/live/events/{id}` returns it: schedule,
/// guests, state, mode and, in reviewed mode, the review its posts go through. portald answers with this codec,
/// the public pages render it and the desk reads it.
struct LiveEvent {
    struct Session {
        QString title;
        QDateTime startsAt;
        QDateTime endsAt;
        friend bool operator==(const Session &, const Session &) = default;
    };
    struct Guest {
        QString name;
        QString title;
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
    LiveReview review; ///< who approves posts in reviewed mode
    qint64 revision = 0;
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString publicUrl; ///< `/live/{id}/`, set by toJson and read back by fromJson

    static constexpr qsizetype MaxTitleLength = 200;

    [[nodiscard]] bool isReviewed() const { return mode == LiveMode::Reviewed; }
    /// The API form (`GET /api/v1/live/events/{id}`).
    [[nodiscard]] QJsonObject toJson() const;
    /// What a citizen may see of it (the public page, feed.json, `live.event.changed` on the public stream): nothing
    /// about who reviews.
    [[nodiscard]] QJsonObject toPublicJson() const;
    /// `{"sessions", "guests", "review"}`: the parts portald keeps as one document.
    [[nodiscard]] QJsonObject contentJson() const;
    /// Reads back what contentJson wrote.
    void takeContent(const QJsonObject &content);
    /// Reads the API form (or the public one); unknown codes fall back to the defaults.
    [[nodiscard]] static LiveEvent fromJson(const QJsonObject &json);
    /// Reads the writable fields (site, title, venue, summary, mode, startsAt, sessions, guests, review) of a create
    /// or edit; Validation lists every bad field.
    [[nodiscard]] static Result<LiveEvent> fromInput(const QJsonObject &json);

    friend bool operator==(const LiveEvent &, const LiveEvent &) = default;
};

} // namespace pd::domain
