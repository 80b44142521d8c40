#include "server/http/GuardedTcpSocket.h"

#include "server/http/HttpLog.h"
#include "server/http/Problem.h"

#include <QMetaMethod>
#include <QTimer>
#include <sys/socket.h>

namespace pd::server {

namespace {

// Bytes taken from the inner socket per read: bounds what this socket holds beyond a head that is still arriving.
constexpr qint64 kReadChunk = 16 * 1024;
// What the inner socket may read ahead from the kernel while the connection speaks HTTP.
constexpr qint64 kInnerBuffer = 64 * 1024;
// After a refusal the client may still be sending. Closing a socket with unread data resets the connection, and a
// reset can make the client discard the answer before reading it; so for a while what arrives is read and dropped
// (which also shows at once when the client has gone), for at most this long. The inner socket's bounded buffer
// bounds what one wake-up reads.
constexpr int kLingerMs = 2000;

} // namespace

GuardedTcpSocket::GuardedTcpSocket(RequestFraming::LimitLookup limits, QObject *parent)
    : QSslSocket(parent), m_framing(std::move(limits))
{
    m_handOffCanary = connect(this, &QAbstractSocket::bytesWritten, this, &GuardedTcpSocket::shutDownWriteWhenFlushed);
    m_writtenRelay = connect(this, &QAbstractSocket::bytesWritten, this, &QSslSocket::encryptedBytesWritten);
    connect(this, &QIODevice::readyRead, this, &GuardedTcpSocket::drainRefused);
}

GuardedTcpSocket::~GuardedTcpSocket() = default;

bool GuardedTcpSocket::adopt(qintptr socketDescriptor)
{
    if (!setSocketDescriptor(socketDescriptor, QAbstractSocket::ConnectedState, QIODevice::ReadWrite))
        return false;
    setReadBufferSize(kInnerBuffer);
    return true;
}

qint64 GuardedTcpSocket::bytesAvailable() const
{
    if (m_refused)
        return QIODevice::bytesAvailable();
    return QSslSocket::bytesAvailable() + (m_buffer.size() - m_handed);
}

void GuardedTcpSocket::connectNotify(const QMetaMethod &signal)
{
    QSslSocket::connectNotify(signal);
    // Qt HttpServer's hand-off to its WebSocket server disconnected everything, the relay too; QWebSocket
    // connecting to the signal is the moment to restore it (and to stop bounding the inner socket's buffer,
    // which QWebSocket may need whole frames in).
    if (signal != QMetaMethod::fromSignal(&QSslSocket::encryptedBytesWritten) || m_writtenRelay)
        return;
    m_writtenRelay = connect(this, &QAbstractSocket::bytesWritten, this, &QSslSocket::encryptedBytesWritten);
    if (!m_handOffCanary) {
        m_passThrough = true;
        setReadBufferSize(0);
    }
}

qsizetype GuardedTcpSocket::passableEnd() const
{
    return m_passThrough ? m_buffer.size() : m_fed - m_framing.heldBack();
}

qint64 GuardedTcpSocket::readData(char *data, qint64 maxSize)
{
    if (m_refused)
        return 0;
    // QIODevice calls readData(…, 0) after reads it served from its own buffer, to let the device update its
    // state; that is no reader asking for the next request.
    if (maxSize == 0)
        return m_passThrough ? QSslSocket::readData(data, 0) : 0;
    if (m_atRequestEnd) {
        // Whoever reads now has dealt with the request that ended: Qt HttpServer, or its WebSocket server.
        m_atRequestEnd = false;
        if (!m_handOffCanary)
            m_passThrough = true;
    }
    for (;;) {
        if (const qsizetype ready = passableEnd() - m_handed; ready > 0) {
            const qint64 n = qMin<qint64>(ready, maxSize);
            memcpy(data, m_buffer.constData() + m_handed, size_t(n));
            m_handed += n;
            return n;
        }
        if (m_passThrough) {
            m_buffer.clear();
            m_handed = m_fed = 0;
            return QSslSocket::readData(data, maxSize);
        }
        if (m_refusalDue) {
            refuse();
            return 0;
        }
        if (m_atRequestEnd)
            return 0; // the next request waits until this one has been handled
        if (m_fed < m_buffer.size()) {
            const RequestFraming::Step step = m_framing.feed(QByteArrayView(m_buffer).sliced(m_fed));
            m_fed += step.consumed;
            if (step.stop == RequestFraming::Stop::RequestEnd)
                m_atRequestEnd = true;
            else if (step.stop == RequestFraming::Stop::Refused)
                m_refusalDue = true;
            continue;
        }
        const qint64 n = fillFromInner();
        if (n <= 0)
            return n;
    }
}

qint64 GuardedTcpSocket::fillFromInner()
{
    if (m_handed > 0) {
        m_buffer.remove(0, m_handed);
        m_fed -= m_handed;
        m_handed = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kReadChunk);
    const qint64 n = QSslSocket::readData(m_buffer.data() + old, kReadChunk);
    m_buffer.resize(old + qMax<qint64>(n, 0));
    return n;
}

void GuardedTcpSocket::refuse()
{
    m_refusalDue = false;
    m_refused = true;
    const RequestFraming::Refusal &refusal = m_framing.refusal();
    Error error = Error::make(refusal.status == 413 ? ErrorCode::TooLarge : ErrorCode::BadRequest, refusal.detail);
    error.httpStatus = refusal.status;
    qCDebug(lcHttp).noquote() << "refused a request from" << peerAddress().toString() << "with" << refusal.status
                             << ':' << refusal.detail;
    write(Problem::closingMessage(error));
    m_buffer.clear();
    m_handed = m_fed = 0;
    m_linger = new QTimer(this);
    m_linger->setSingleShot(true);
    connect(m_linger, &QTimer::timeout, this, &QAbstractSocket::abort);
    m_linger->start(kLingerMs);
    shutDownWriteWhenFlushed();
}

void GuardedTcpSocket::shutDownWriteWhenFlushed()
{
    if (!m_refused || m_writeShut || bytesToWrite() > 0 || socketDescriptor() == -1)
        return;
    // The answer is out; a FIN tells the client that nothing more comes.
    m_writeShut = true;
    ::shutdown(int(socketDescriptor()), SHUT_WR);
}

void GuardedTcpSocket::drainRefused()
{
    if (!m_refused || m_closing)
        return;
    char scratch[kReadChunk];
    for (;;) {
        const qint64 n = QSslSocket::readData(scratch, sizeof scratch);
        if (n == 0)
            return; // more may come: the next readyRead
        if (n < 0) {
            // The client has gone: close now. Queued, because Qt HttpServer's own slot for this readyRead runs
            // after this one and must find the socket still open.
            m_closing = true;
            m_linger->stop();
            QMetaObject::invokeMethod(this, &QAbstractSocket::abort, Qt::QueuedConnection);
            return;
        }
    }
}

} // namespace pd::server
