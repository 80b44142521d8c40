#pragma once
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QTcpSocket;

namespace pd::test {

/// A bad network link for integration tests: a TCP proxy on 127.0.0.1:<free port> that forwards every connection
/// to a target (a real portald) and, on command, cuts connections mid-request or mid-response, stalls all traffic
/// for a while, or refuses connections altogether.
///
/// Use (it lives in the test's thread; QTRY_* / QSignalSpy::wait keep its event loop turning):
/// @code
///   pd::test::FlakyProxy proxy(portald.baseUrl());
///   QVERIFY(proxy.listen());
///   client.login(proxy.url(), ...);               // everything the client sends now crosses the proxy
///   proxy.cutNextRequest(40);                     // the next request dies after 40 bytes reached the server
///   proxy.cutNextResponse(10);                    // the server handles the next request, its answer is cut
///   proxy.stall(1500ms);                          // nothing moves for 1.5 s (set the client's transfer time-out lower)
///   proxy.cutAll();                               // every open connection is reset now
///   proxy.setDown(true);                          // the link is down: new connections are closed at once
///   QTRY_COMPARE(proxy.faultsDone(), 4);          // cuts and stalls that actually hit traffic
/// @endcode
/// A cut aborts both sides (TCP reset towards the client), as a dropped VPN or Wi-Fi link would. An armed cut waits
/// for the next traffic in its direction; it counts the bytes after arming on the first connection that carries
/// any, forwards exactly `afterBytes` of them and then cuts. Target changes (setTarget) apply to new connections, so
/// a restarted portald on another port can be followed.
class FlakyProxy : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlakyProxy)

public:
    explicit FlakyProxy(const QUrl &target, QObject *parent = nullptr);
    ~FlakyProxy() override;

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    /// The target URL with host and port replaced by the proxy's (scheme and path kept).
    [[nodiscard]] QUrl url() const;
    void setTarget(const QUrl &target) { m_target = target; }

    /// Arms a cut of the next request: after `afterBytes` more client bytes reached the server, the connection dies.
    void cutNextRequest(qint64 afterBytes = 1);
    /// Arms a cut of the next response: after `afterBytes` more server bytes reached the client, the connection
    /// dies. The server has handled the request by then, only its answer is lost.
    void cutNextResponse(qint64 afterBytes = 1);
    /// Resets every open connection now. Counts as a fault only when at least one connection was open.
    void cutAll();
    /// Holds all traffic (both directions, new connections too) for `duration`, then delivers it unchanged.
    void stall(std::chrono::milliseconds duration);
    /// While down, open connections are reset and new ones are closed at once (server unreachable).
    void setDown(bool down);
    [[nodiscard]] bool isDown() const { return m_down; }

    /// Cuts and stalls that hit traffic so far (an armed cut counts once it fired).
    [[nodiscard]] int faultsDone() const { return m_faults; }
    /// Connections accepted so far.
    [[nodiscard]] int connectionsAccepted() const { return m_accepted; }
    [[nodiscard]] int openConnections() const { return int(m_links.size()); }
    /// Whether a cut is still waiting for traffic.
    [[nodiscard]] bool cutPending() const { return m_cutRequestAfter || m_cutResponseAfter; }

Q_SIGNALS:
    /// A connection was cut (armed cut fired, cutAll, or setDown).
    void connectionCut();
    void stallEnded();

private:
    /// One proxied connection: the client side we accepted and the upstream side we opened.
    struct Link {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray toUpstream;   ///< client bytes not yet written (upstream still connecting, or stalled)
        QByteArray toClient;     ///< server bytes not yet written (stalled)
        bool upstreamConnected = false;
    };

    void onNewConnection();
    void onClientData(Link *link);
    void onUpstreamData(Link *link);
    /// Queues `data` read from one side for the other (`to`, null while it cannot be written yet), or, when an armed
    /// cut (`cutAfter`) falls inside it, writes only the bytes before the cut and drops the link.
    void forward(Link *link, const QByteArray &data, std::optional<qint64> &cutAfter, QByteArray &pending,
                 QTcpSocket *to);
    void flush(Link *link);
    void drop(Link *link);
    void closeLink(Link *link);
    /// Takes `link` out of the proxy and ends each of its sockets with `end`, no longer connected to the proxy;
    /// false when it was gone already.
    bool release(Link *link, const std::function<void(QTcpSocket *)> &end);
    [[nodiscard]] bool stalled() const;

    QTcpServer m_server;
    QUrl m_target;
    QList<Link *> m_links;
    std::optional<qint64> m_cutRequestAfter;
    std::optional<qint64> m_cutResponseAfter;
    QTimer m_stallTimer;
    bool m_stalling = false;
    bool m_stallHitTraffic = false;
    bool m_down = false;
    int m_faults = 0;
    int m_accepted = 0;
};

} // namespace pd::test
