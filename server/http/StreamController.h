#pragma once
#include <QObject>

class QHttpServer;

namespace pd::server {

class Authenticator;
class EventHub;
class LiveRepository;

/// The two WebSocket endpoints: `/api/v1/stream?after=` (token in the upgrade's Authorization header; 401 at the
/// upgrade otherwise) and the anonymous `/public/live/{event}/stream?after=` (404 for an unknown event).
class StreamController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamController)

public:
    StreamController(EventHub &hub, Authenticator &auth, LiveRepository &live, QObject *parent = nullptr);
    void attach(QHttpServer &http);

private:
    void acceptPending();

    EventHub &m_hub;
    Authenticator &m_auth;
    LiveRepository &m_live;
    QHttpServer *m_http = nullptr;
};

} // namespace pd::server
