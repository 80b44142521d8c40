#include "server/stream/StreamSubscriber.h"

#include "server/stream/StreamLog.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {
constexpr int kCloseGraceMs = 10'000;
}

StreamSubscriber::StreamSubscriber(std::unique_ptr<QWebSocket> socket, StreamPeer peer, qint64 publicEventId,
                                   qint64 after, qint64 limitBytes, QObject *parent)
    : QObject(parent), m_socket(std::move(socket)), m_peer(std::move(peer)), m_publicEventId(publicEventId),
      m_lastSeq(after), m_limitBytes(limitBytes)
{
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_closed)
            return;
        m_closed = true;
        Q_EMIT finished(this);
    });
    m_lastHeardMs = QDateTime::currentMSecsSinceEpoch();
    const auto heard = [this] { m_lastHeardMs = QDateTime::currentMSecsSinceEpoch(); };
    connect(m_socket.get(), &QWebSocket::pong, this, heard);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, heard);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this] {
        if (!m_closed && unsentBytes() < m_limitBytes / 2)
            Q_EMIT drained(this);
    });
}

StreamSubscriber::~StreamSubscriber()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

qint64 StreamSubscriber::unsentBytes() const
{
    return m_socket ? m_socket->bytesToWrite() : 0;
}

bool StreamSubscriber::admits(const StreamEvent &event) const
{
    if (m_publicEventId > 0)
        return event.audience.admitsPublic(m_publicEventId);
    return m_peer.user && event.audience.admits(*m_peer.user);
}

bool StreamSubscriber::offer(const StreamEvent &event)
{
    return offer(event, QString());
}

bool StreamSubscriber::offer(const StreamEvent &event, const QString &message)
{
    if (m_closed)
        return false;
    if (event.seq <= m_lastSeq)
        return true; // already sent (replay and live overlap, or a bus echo)
    m_lastSeq = event.seq;
    if (!admits(event))
        return true;
    if (unsentBytes() > m_limitBytes) {
        qCInfo(lcStream) << "dropping a slow stream consumer at seq" << event.seq << "with" << unsentBytes()
                         << "bytes unsent";
        closeWith(kSlowConsumerCode, u"too slow: reconnect with after=%1"_s.arg(event.seq - 1));
        return false;
    }
    m_socket->sendTextMessage(message.isNull() ? QString::fromUtf8(event.message()) : message);
    // Hand it to the kernel now rather than on the next event-loop pass, which may come only after the public site
    // has re-rendered the event's pages: readers should not wait for that.
    m_socket->flush();
    return true;
}

bool StreamSubscriber::keepAlive(qint64 nowMs, qint64 silentMs)
{
    if (m_closed)
        return false;
    if (nowMs - m_lastHeardMs > silentMs) {
        closeWith(QWebSocketProtocol::CloseCodeGoingAway, u"no answer to ping"_s);
        return false;
    }
    m_socket->ping();
    return true;
}

void StreamSubscriber::closeWith(int code, const QString &reason)
{
    if (m_closed)
        return;
    m_closed = true;
    // The socket outlives this subscriber just long enough for the close frame (queued behind whatever the client
    // has not read yet) to go out; a client that never reads again is cut off after kCloseGraceMs.
    QWebSocket *socket = m_socket.release();
    socket->disconnect(this);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(kCloseGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
    Q_EMIT finished(this);
}

} // namespace pd::server
