#pragma once
#include <QtGlobal>

namespace pd::server {

/// Where the live back end reports that the public view of an event changed (a post approved, corrected, pinned,
/// retracted; the event's state or schedule edited). PublicSites passes it to the PublicSite of the event's site,
/// which rewrites `/live/{event}/` and `/live/{event}/feed.json`; calls are cheap and coalesced, so call it on every
/// change.
class LiveFeedSink
{
public:
    virtual ~LiveFeedSink() = default;
    virtual void liveEventChanged(qint64 eventId) = 0;
};

} // namespace pd::server
