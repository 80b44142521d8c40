#pragma once
#include <QObject>

class QHostAddress;
class QHttpServer;

namespace pd::server {

class Authenticator;
class EventHub;
class LiveRepository;

/// The two WebSocket endpoints: `/api/v1/stream?after=` (token in the upgrade's Authorization header; 401 at the
/// upgrade otherwise) and the anonymous `/public/live/{event}/stream?after=` (404 for an unknown event, 429 past
/// the per-address connection cap). Incoming messages are limited to a few KiB on both.
class StreamController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamController)

public:
    /// `maxPublicConnectionsPerAddress`: open public stream connections one address may hold (0: no cap).
    StreamController(EventHub &hub, Authenticator &auth, LiveRepository &live, int maxPublicConnectionsPerAddress,
                     QObject *parent = nullptr);
    void attach(QHttpServer &http);

    /// The address a stream connection counts under (caps, distinct readers): the TCP peer, normalised. The one
    /// place to change when the reader's address is to come from a trusted proxy instead.
    [[nodiscard]] static QString clientAddress(const QHostAddress &peer);

private:
    void acceptPending();
    [[nodiscard]] bool overPublicCap(const QString &address) const;

    EventHub &m_hub;
    Authenticator &m_auth;
    LiveRepository &m_live;
    int m_maxPerAddress = 0;
    QHttpServer *m_http = nullptr;
};

} // namespace pd::server
