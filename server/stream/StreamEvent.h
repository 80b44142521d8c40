#pragma once
#include "server/stream/Audience.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace pd::server {

/// One durable event of the stream: its `seq` (stored, monotonic), type, payload and audience.
struct StreamEvent {
    qint64 seq = 0;
    QString type;        ///< item.changed, review.assigned, live.post, live.post.changed, live.comment, …
    QJsonObject payload;
    Audience audience;
    qint64 atMs = 0;

    /// The WebSocket text message: `{"seq", "type", "payload"}`.
    [[nodiscard]] QByteArray message() const;
};

} // namespace pd::server
