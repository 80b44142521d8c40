#pragma once
#include <QHash>
#include <QHostAddress>
#include "server/http/RequestFraming.h"

#include <QTcpServer>

namespace pd::server {

/// A QTcpServer whose accepted sockets have TCP_NODELAY set: portald answers with more than one write (headers,
/// body, WebSocket frames), and with Nagle's algorithm on, the second write waits for the peer's delayed ACK
/// (~40 ms on Linux) — a floor under every larger response and every live post fanned out to readers.
/// Each accepted socket is a GuardedTcpSocket holding requests to the limits `limits` gives.
class LowDelayTcpServer : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LowDelayTcpServer)

public:
    /// Connections the kernel may queue before portald accepts them. A live page shared on social media brings
    /// thousands of readers within seconds; with Qt's default of 50 the kernel refuses or resets the rest while
    /// the event loop is busy accepting the first ones.
    static constexpr int kListenBacklog = 4096;

    explicit LowDelayTcpServer(RequestFraming::LimitLookup limits, QObject *parent = nullptr);
    ~LowDelayTcpServer() override;

    /// The open connection from `peer`:`port` (a request's remote end), for answers that pace themselves by what
    /// the connection has passed on; nullptr when there is none.
    [[nodiscard]] QTcpSocket *connectionFrom(const QHostAddress &peer, quint16 port) const;

    /// The kernel's cap on any listen backlog (Linux `net.core.somaxconn`), which silently shortens a longer one;
    /// 0 when it cannot be read.
    [[nodiscard]] static int systemBacklogCap();

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    [[nodiscard]] static QString keyOf(const QHostAddress &peer, quint16 port);

    QHash<QString, QTcpSocket *> m_connections;

    RequestFraming::LimitLookup m_limits;
};

} // namespace pd::server
