#pragma once
#include "domain/Error.h"
#include "seed/DemoSource.h"

namespace pd::server {

class Database;
class LiveRepository;

/// `--demo`: the live events of resources/demo/live-events.json (a forum being broadcast in reviewed mode, an ended
/// press conference, a scheduled interview) with their posts — once per database.
class LiveSeeder
{
public:
    LiveSeeder(Database &db, LiveRepository &repository, DemoSource source)
        : m_db(db), m_repo(repository), m_source(std::move(source))
    {
    }

    Result<void> seed();

private:
    Database &m_db;
    LiveRepository &m_repo;
    DemoSource m_source;
};

} // namespace pd::server
