#include "server/seed/DemoInterview.h"

#include "server/db/Database.h"
#include "server/live/LiveRepository.h"

using namespace Qt::StringLiterals;

namespace pd::server {

Result<std::optional<DemoInterview>> DemoInterview::pending(Database &db, LiveRepository &live,
                                                            const DemoSource &source, QLatin1StringView seededKey)
{
    auto done = db.scalar(u"SELECT meta_value FROM server_meta WHERE meta_key = ?"_s, {QString(seededKey)});
    if (!done)
        return std::unexpected(done.error());
    if (done->isValid() || !source.hasFile(u"interview.json"_s))
        return std::nullopt;
    auto doc = source.read(u"interview.json"_s);
    if (!doc)
        return std::unexpected(doc.error());
    const QJsonObject content = doc->object();
    auto eventId = db.scalar(u"SELECT MIN(id) FROM live_events WHERE title = ?"_s,
                             {content.value(u"event").toString()});
    if (!eventId)
        return std::unexpected(eventId.error());
    if (eventId->isNull())
        return std::nullopt; // the live events were not seeded (no site): nothing to attach to
    auto found = live.findEvent(eventId->toLongLong());
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return std::nullopt;
    return DemoInterview{content, **found};
}

} // namespace pd::server
