#pragma once
#include "server/http/ClientAddress.h"

#include <QObject>
#include <functional>

class QHostAddress;
class QHttpServer;
class QTcpSocket;
class QWebSocket;

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
    /// `maxPublicConnectionsPerAddress`: open public stream connections one address may hold (0: no cap);
    /// `clientAddress` decides which address a connection comes from (a trusted proxy may name the reader).
    StreamController(EventHub &hub, Authenticator &auth, LiveRepository &live, int maxPublicConnectionsPerAddress,
                     ClientAddress clientAddress, QObject *parent = nullptr);
    /// The listener's connection from a peer address and port (ApiServer::connectionFrom).
    using ConnectionLookup = std::function<QTcpSocket *(const QHostAddress &, quint16)>;
    /// Answers upgrades on `http`; an anonymous reader's connection is taken from Qt once upgraded (found through
    /// `connections`) and held by the hub as a bare socket — without it every reader stays a QWebSocket.
    void attach(QHttpServer &http, ConnectionLookup connections = {});

    /// The address a stream connection counts under (caps, distinct readers): the reader as a trusted proxy names
    /// it, else the TCP peer; an IPv4 reader on a dual-stack socket written as IPv4, so one reader is one key.
    [[nodiscard]] QString clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                        const QByteArray &realIp) const;

private:
    void acceptPending();
    [[nodiscard]] bool overPublicCap(const QString &address) const;
    /// A duplicate of the upgraded connection's descriptor, Qt's own closed; -1 when it cannot be taken over.
    [[nodiscard]] int takeOver(QWebSocket &socket) const;

    EventHub &m_hub;
    Authenticator &m_auth;
    LiveRepository &m_live;
    int m_maxPerAddress = 0;
    ClientAddress m_clientAddress;
    QHttpServer *m_http = nullptr;
    ConnectionLookup m_connections;
};

} // namespace pd::server
