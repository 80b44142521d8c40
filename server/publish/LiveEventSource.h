#pragma once
#include "app/domain/Error.h"
#include "server/publish/LivePublicView.h"

#include <QList>

namespace pd::server {

/// What the public live pages need from the live back end (server/live implements it; PublicSite reads it).
///
/// `publicEvent()` answers a LivePublicView: only what a citizen may see. feed.json and the public WebSocket
/// `/public/live/{event}/stream` carry its parts in their public JSON forms (domain::LiveEvent::toPublicJson,
/// domain::LivePost::toPublicJson, domain::LiveComment::toPublicJson), the stream as text messages
/// `{"seq", "type": "live.post" | "live.post.changed" | "live.post.retracted" | "live.event.changed" | "live.comment" |
/// "live.comment.hidden", "payload": …}` (payload: a public post, `{"id"}` for a retraction or a hidden comment, the
/// public event for an event change, a public comment); the page applies them in place and falls back to polling
/// `/live/{event}/feed.json`, which PublicSite writes.
class LiveEventSource
{
public:
    virtual ~LiveEventSource() = default;

    /// Every event that has a public page on `siteId`.
    [[nodiscard]] virtual Result<QList<qint64>> publicEventIds(qint64 siteId) = 0;
    /// The site whose public pages carry the event; NotFound when it does not exist.
    [[nodiscard]] virtual Result<qint64> publicEventSite(qint64 eventId) = 0;
    /// The public view of one event as above; NotFound when it does not exist (its page is then removed).
    [[nodiscard]] virtual Result<LivePublicView> publicEvent(qint64 eventId) = 0;
};

} // namespace pd::server
