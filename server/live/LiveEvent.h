#pragma once
#include "app/domain/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace pd::server {

/// A live broadcast (图文直播) or online interview (在线访谈): schedule, guests, state and mode.
/// States: `scheduled` (预告) → `live` (直播中) ⇄ `paused` (暂停) → `ended` (已结束). Modes: `direct` (posts go
/// out at once) or `reviewed` (a live_moderator approves each post first).
struct LiveEvent {
    struct Session {
        QString title;
        QDateTime startsAt;
        QDateTime endsAt;
    };
    struct Guest {
        QString name;
        QString title;
    };

    qint64 id = 0;
    qint64 siteId = 0;
    QString title;
    QString venue;
    QString summary;
    QString state = QStringLiteral("scheduled");
    QString mode = QStringLiteral("direct");
    QDateTime startsAt;
    QList<Session> sessions;
    QList<Guest> guests;
    qint64 revision = 0;
    qint64 createdBy = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    static constexpr qsizetype MaxTitleLength = 200;

    [[nodiscard]] bool isReviewed() const { return mode == u"reviewed"; }
    /// The API form (`GET /api/v1/live/events/{id}`).
    [[nodiscard]] QJsonObject toJson() const;
    /// What a citizen may see of it (the public page, feed.json, `live.event.changed` on the public stream).
    [[nodiscard]] QJsonObject toPublicJson() const;
    [[nodiscard]] QJsonObject sessionsJson() const;
    /// Reads the writable fields (site, title, venue, summary, mode, startsAt, sessions, guests) of a create or
    /// edit; Validation lists every bad field.
    [[nodiscard]] static Result<LiveEvent> fromInput(const QJsonObject &json);

    /// The state an event action leads to: start, pause, resume, end; nullopt when not allowed from `from`.
    [[nodiscard]] static std::optional<QString> stateAfter(const QString &from, const QString &action);
    [[nodiscard]] static bool isKnownState(const QString &state);
};

} // namespace pd::server
