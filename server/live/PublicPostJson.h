#pragma once
#include "server/live/LivePost.h"

#include <QJsonObject>

namespace pd::server {

/// The one definition of a live post as citizens see it — feed.json, the public page and the public WebSocket
/// (see publish/LiveEventSource.h):
/// `{"id", "seq", "kind", "text", "speaker", "createdAt", "pinned", "correctionNote", "correctedAt",
///   "photos": [{"url", "caption", "width", "height"}]}`. Nothing about who wrote or moderated it.
class PublicPostJson
{
public:
    [[nodiscard]] static QJsonObject from(const LivePost &post);
};

} // namespace pd::server
