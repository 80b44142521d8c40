#pragma once
#include "app/domain/Error.h"
#include "server/seed/DemoSource.h"

namespace pd::server {

class Database;
class InterviewRepository;
class LiveRepository;

/// `--demo`: makes the online interview of the demo's live events (resources/demo/interview.json names it by its
/// title) an interview with its host, and adds the netizen questions collected before it — once per database.
class InterviewSeeder
{
public:
    InterviewSeeder(Database &db, LiveRepository &live, InterviewRepository &interviews, DemoSource source)
        : m_db(db), m_live(live), m_interviews(interviews), m_source(std::move(source))
    {
    }

    Result<void> seed();

private:
    Database &m_db;
    LiveRepository &m_live;
    InterviewRepository &m_interviews;
    DemoSource m_source;
};

} // namespace pd::server
