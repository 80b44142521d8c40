#pragma once
#include "server/stream/StreamEvent.h"

#include <QObject>

namespace pd::server {

/// How a committed stream event reaches the EventHub of every portald process that shares the database. The local
/// bus hands it straight back; a PostgreSQL bus NOTIFYs the seq and, on each process's LISTEN, loads the row and
/// emits `arrived` — the hub does not care which, and drops any seq it has already delivered.
class StreamBus : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamBus)

public:
    using QObject::QObject;
    ~StreamBus() override = default;

    /// Called once the event is committed.
    virtual void announce(const StreamEvent &event) = 0;

Q_SIGNALS:
    /// A committed event, from this process or another one.
    void arrived(const pd::server::StreamEvent &event);
};

} // namespace pd::server
