#pragma once
#include <QJsonObject>

namespace pd::domain {

/// The figures of a live event (`GET /api/v1/live/events/{id}/stats`): what went out, who watches (over every
/// portald instance, WebSocket and polling readers alike), what the public wrote and what of it waits.
struct LiveStats {
    qint64 posts = 0;
    qint64 photos = 0;
    qint64 characters = 0;
    qint64 viewersNow = 0;
    qint64 viewersPeak = 0;
    qint64 pageViews = 0;
    qint64 commentsPending = 0;
    qint64 commentsReceived = 0; ///< every comment the public sent, whatever became of it
    qint64 commentsApproved = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LiveStats fromJson(const QJsonObject &json);
    friend bool operator==(const LiveStats &, const LiveStats &) = default;
};

} // namespace pd::domain
