#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QList>

namespace pd::server {

/// What the public live pages need from the live back end (server/live implements it; PublicSite reads it).
///
/// `publicEvent()` answers the public view of one event — only what a citizen may see:
///   {"id", "title", "venue", "state": "scheduled|live|paused|ended", "mode", "startsAt" (RFC 3339),
///    "sessions": [{"title", "startsAt", "endsAt"}], "guests": [{"name", "title"}],
///    "posts": [PublicPost…],                    // approved, not retracted; any order (the page sorts)
///    "comments": [{"id", "name", "text", "createdAt"}], // approved public comments
///    "streamSeq"}                               // last public stream seq of the event (the page resumes after it)
/// PublicPost (domain::LivePost::toPublicJson): {"id", "seq", "kind", "text", "speaker", "createdAt" (RFC 3339),
///    "pinned": bool, "correctionNote" (empty unless corrected), "correctedAt",
///    "photos": [{"url", "caption", "width", "height"}]}
/// The public WebSocket `/public/live/{event}/stream` sends the same shapes as text messages
/// `{"seq", "type": "live.post" | "live.post.changed" | "live.post.retracted" | "live.event.changed" | "live.comment" |
/// "live.comment.hidden", "payload": …}` (payload: a PublicPost, `{"id"}` for a retraction or a hidden comment, the
/// event without posts for an event change, a public comment); the page
/// applies them in place and falls back to polling `/live/{event}/feed.json`, which PublicSite writes.
class LiveEventSource
{
public:
    virtual ~LiveEventSource() = default;

    /// Every event that has a public page on `siteId`.
    [[nodiscard]] virtual Result<QList<qint64>> publicEventIds(qint64 siteId) = 0;
    /// The site whose public pages carry the event; NotFound when it does not exist.
    [[nodiscard]] virtual Result<qint64> publicEventSite(qint64 eventId) = 0;
    /// The public view of one event as above; NotFound when it does not exist (its page is then removed).
    [[nodiscard]] virtual Result<QJsonObject> publicEvent(qint64 eventId) = 0;
};

} // namespace pd::server
