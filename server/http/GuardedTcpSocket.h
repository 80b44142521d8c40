#pragma once
#include "server/http/RequestFraming.h"

#include <QByteArray>
#include <QSslSocket>

class QTimer;

namespace pd::server {

/// An accepted HTTP connection that follows request framing as Qt HttpServer pulls the bytes in and answers a
/// request whose head or body passes its limit itself (problem+json, then the connection closes), so neither Qt
/// HttpServer nor the socket ever buffers more than the limit. Once Qt HttpServer hands the connection to its
/// WebSocket server, bytes pass unchecked.
///
/// Why a QSslSocket that never encrypts: a server-side QTcpSocket always reads the kernel's data into its own
/// buffer, where nothing can look at it before Qt HttpServer does (QIODevice::Unbuffered is honoured only by
/// connectToHost()). A QSslSocket in UnencryptedMode reads from an inner QTcpSocket through readData(), which is
/// virtual — the one place every byte passes — and the inner socket's read buffer can be bounded.
class GuardedTcpSocket : public QSslSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpSocket)

public:
    explicit GuardedTcpSocket(RequestFraming::LimitLookup limits, QObject *parent = nullptr);
    ~GuardedTcpSocket() override;

    /// Takes an accepted connection.
    bool adopt(qintptr socketDescriptor);

    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void connectNotify(const QMetaMethod &signal) override;

private:
    [[nodiscard]] qsizetype passableEnd() const;
    qint64 fillFromInner();
    void refuse();
    void shutDownWriteWhenFlushed();
    void drainRefused();

    RequestFraming m_framing;
    QByteArray m_buffer;     ///< read from the inner socket, not yet handed on
    qsizetype m_handed = 0;  ///< bytes at the front of m_buffer already handed on
    qsizetype m_fed = 0;     ///< bytes at the front of m_buffer the framing has seen
    bool m_atRequestEnd = false;
    bool m_passThrough = false;
    bool m_refusalDue = false;
    bool m_refused = false;
    bool m_writeShut = false;
    bool m_closing = false;
    /// Qt HttpServer disconnects every connection of the socket when it hands it to its WebSocket server; this one
    /// breaking is how the socket learns that what follows is no longer HTTP.
    QMetaObject::Connection m_handOffCanary;
    /// QWebSocket and Qt HttpServer count a QSslSocket's progress by encryptedBytesWritten(), which an unencrypted
    /// one never emits; bytesWritten() is passed on as that signal.
    QMetaObject::Connection m_writtenRelay;
    QTimer *m_linger = nullptr;
};

} // namespace pd::server
