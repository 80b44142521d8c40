#pragma once
#include "app/domain/Error.h"
#include "app/domain/LiveEvent.h"
#include "server/seed/DemoSource.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <optional>

namespace pd::server {

class Database;
class LiveRepository;

/// The demo's interview (resources/demo/interview.json) and the live event LiveSeeder made for it.
struct DemoInterview {
    QJsonObject content;
    domain::LiveEvent event;

    /// What a seeder that runs once per database (marked under `seededKey` in server_meta) still has to work on:
    /// nothing when it has run already, the demo has no interview, or its live event was not seeded.
    [[nodiscard]] static Result<std::optional<DemoInterview>> pending(Database &db, LiveRepository &live,
                                                                      const DemoSource &source,
                                                                      QLatin1StringView seededKey);
};

} // namespace pd::server
