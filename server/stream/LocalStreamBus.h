#pragma once
#include "server/stream/StreamBus.h"

namespace pd::server {

/// The single-process bus (embedded SQLite): every announced event arrives at once, in this process only.
class LocalStreamBus : public StreamBus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStreamBus)

public:
    using StreamBus::StreamBus;
    void announce(const StreamEvent &event) override { Q_EMIT arrived(event); }
};

} // namespace pd::server
