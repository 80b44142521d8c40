#include "tests/support/FlakyProxy.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pd::test {

namespace {
/// Makes close() send a TCP reset instead of an orderly FIN: a dropped link, not a finished answer.
void resetOnClose(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (socket && socket->socketDescriptor() != -1) {
        const linger hard{1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#else
    Q_UNUSED(socket)
#endif
}
} // namespace

FlakyProxy::FlakyProxy(const QUrl &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    m_stallTimer.setSingleShot(true);
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &FlakyProxy::onNewConnection);
    connect(&m_stallTimer, &QTimer::timeout, this, [this] {
        m_stalling = false;
        if (m_stallHitTraffic)
            ++m_faults;
        const QList<Link *> links = m_links;
        for (Link *link : links)
            flush(link);
        Q_EMIT stallEnded();
    });
}

FlakyProxy::~FlakyProxy()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        closeLink(link);
}

bool FlakyProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FlakyProxy::url() const
{
    QUrl url = m_target;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void FlakyProxy::cutNextRequest(qint64 afterBytes)
{
    m_cutRequestAfter = std::max<qint64>(0, afterBytes);
}

void FlakyProxy::cutNextResponse(qint64 afterBytes)
{
    m_cutResponseAfter = std::max<qint64>(0, afterBytes);
}

void FlakyProxy::cutAll()
{
    const QList<Link *> links = m_links;
    if (links.isEmpty())
        return;
    ++m_faults;
    for (Link *link : links)
        drop(link);
}

void FlakyProxy::stall(std::chrono::milliseconds duration)
{
    m_stalling = true;
    m_stallHitTraffic = !m_links.isEmpty();
    m_stallTimer.start(duration);
}

void FlakyProxy::setDown(bool down)
{
    m_down = down;
    if (down)
        cutAll();
}

bool FlakyProxy::stalled() const
{
    return m_stalling;
}

void FlakyProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        if (m_down) {
            resetOnClose(client);
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        m_links.append(link);
        if (m_stalling)
            m_stallHitTraffic = true;

        connect(client, &QTcpSocket::readyRead, this, [this, link] { onClientData(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] {
            // The client finished (or gave up): pass what it sent on, then end the upstream side too.
            flush(link);
            if (link->toUpstream.isEmpty())
                closeLink(link);
        });
        connect(link->upstream, &QTcpSocket::connected, this, [this, link] {
            link->upstreamConnected = true;
            flush(link);
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { onUpstreamData(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] {
            flush(link);
            if (link->toClient.isEmpty())
                closeLink(link);
        });
        connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link](QAbstractSocket::SocketError e) {
            // The server is unreachable: the client sees its connection dropped, as it would without the proxy.
            if (e != QAbstractSocket::RemoteHostClosedError)
                drop(link);
        });
        link->upstream->connectToHost(m_target.host(), quint16(m_target.port()));
    }
}

void FlakyProxy::onClientData(Link *link)
{
    if (!link->client)
        return;
    forward(link, link->client->readAll(), m_cutRequestAfter, link->toUpstream,
            link->upstreamConnected ? link->upstream.data() : nullptr);
}

void FlakyProxy::onUpstreamData(Link *link)
{
    if (!link->upstream)
        return;
    forward(link, link->upstream->readAll(), m_cutResponseAfter, link->toClient, link->client.data());
}

void FlakyProxy::forward(Link *link, const QByteArray &data, std::optional<qint64> &cutAfter, QByteArray &pending,
                         QTcpSocket *to)
{
    if (cutAfter) {
        if (data.size() >= *cutAfter) {
            // Deliver the first bytes only (the far side sees a request or response broken off), then the link dies.
            pending += data.left(*cutAfter);
            cutAfter.reset();
            ++m_faults;
            if (to) {
                to->write(std::exchange(pending, {}));
                to->flush();
            }
            drop(link);
            return;
        }
        *cutAfter -= data.size();
    }
    pending += data;
    flush(link);
}

void FlakyProxy::flush(Link *link)
{
    if (!m_links.contains(link))
        return;
    if (stalled()) {
        if (!link->toUpstream.isEmpty() || !link->toClient.isEmpty())
            m_stallHitTraffic = true;
        return;
    }
    if (link->upstreamConnected && link->upstream && !link->toUpstream.isEmpty())
        link->upstream->write(std::exchange(link->toUpstream, {}));
    if (link->client && !link->toClient.isEmpty())
        link->client->write(std::exchange(link->toClient, {}));
    // A side that closed while traffic was held back is finished now that the rest went through.
    if (link->client && link->client->state() == QAbstractSocket::UnconnectedState && link->toUpstream.isEmpty())
        closeLink(link);
    else if (link->upstream && link->upstream->state() == QAbstractSocket::UnconnectedState && link->upstreamConnected
             && link->toClient.isEmpty())
        closeLink(link);
}

void FlakyProxy::drop(Link *link)
{
    const bool dropped = release(link, [](QTcpSocket *socket) {
        resetOnClose(socket);
        socket->abort();
        socket->deleteLater();
    });
    if (dropped)
        Q_EMIT connectionCut();
}

void FlakyProxy::closeLink(Link *link)
{
    release(link, [](QTcpSocket *socket) {
        // Orderly: whatever is still buffered is written first, the socket goes once it is closed.
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
    });
}

bool FlakyProxy::release(Link *link, const std::function<void(QTcpSocket *)> &end)
{
    if (!m_links.contains(link))
        return false;
    m_links.removeOne(link);
    for (QTcpSocket *socket : {link->client.data(), link->upstream.data()}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        end(socket);
    }
    delete link;
    return true;
}

} // namespace pd::test
