#pragma once
#include "server/stream/StreamBus.h"

#include <functional>
#include <optional>

namespace pd::server {

class Database;

/// The scale-out bus: several portald processes on one PostgreSQL. `announce` sends `NOTIFY pd_stream, '<seq>'`;
/// every process (this one included) LISTENs, loads the committed row and hands it to its EventHub — so a post
/// accepted by one process reaches the WebSocket subscribers of all of them.
class PostgresStreamBus : public StreamBus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostgresStreamBus)

public:
    using Loader = std::function<std::optional<StreamEvent>(qint64 seq)>;

    explicit PostgresStreamBus(Database &db, QObject *parent = nullptr);

    /// Starts LISTENing; false (logged) when the driver cannot.
    bool start(Loader loader);
    void announce(const StreamEvent &event) override;

private:
    void notified(const QString &name, const QVariant &payload);

    Database &m_db;
    Loader m_load;
};

} // namespace pd::server
