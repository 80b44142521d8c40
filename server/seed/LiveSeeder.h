#pragma once
#include "app/domain/Error.h"
#include "server/seed/DemoSource.h"

#include <QTimeZone>

namespace pd::server {

class Database;
class LiveRepository;

/// `--demo`: the live events of resources/demo/live-events.json (a forum being broadcast in reviewed mode, an ended
/// press conference, a scheduled interview) with their posts — once per database.
class LiveSeeder
{
public:
    /// `zone` is the portal's own (Beijing time): the demo's session times are wall-clock times there.
    LiveSeeder(Database &db, LiveRepository &repository, DemoSource source, QTimeZone zone)
        : m_db(db), m_repo(repository), m_source(std::move(source)), m_zone(std::move(zone))
    {
    }

    Result<void> seed();

private:
    Database &m_db;
    LiveRepository &m_repo;
    DemoSource m_source;
    QTimeZone m_zone;
};

} // namespace pd::server
