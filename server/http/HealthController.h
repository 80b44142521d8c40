#pragma once

namespace pd::server {

class ApiServer;
class Database;
class Metrics;

/// `GET /healthz` (liveness + database reachable) and `GET /metrics` (Prometheus text).
class HealthController
{
public:
    HealthController(Database &db, Metrics &metrics) : m_db(db), m_metrics(metrics) {}
    void registerRoutes(ApiServer &server);

private:
    Database &m_db;
    Metrics &m_metrics;
};

} // namespace pd::server
