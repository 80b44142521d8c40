#include "server/http/LowDelayTcpServer.h"

#include "server/http/HttpLog.h"

#include <QTcpSocket>

namespace pd::server {

LowDelayTcpServer::LowDelayTcpServer(QObject *parent) : QTcpServer(parent) {}

LowDelayTcpServer::~LowDelayTcpServer() = default;

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // What QTcpServer does by default, plus the socket option; QHttpServer takes the socket from the pending list.
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcHttp) << "cannot adopt an accepted connection:" << socket->errorString();
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QString key = keyOf(socket->peerAddress(), socket->peerPort());
    m_connections.insert(key, socket);
    connect(socket, &QObject::destroyed, this, [this, key, socket] {
        if (m_connections.value(key) == socket)
            m_connections.remove(key);
    });
    addPendingConnection(socket);
}

QTcpSocket *LowDelayTcpServer::connectionFrom(const QHostAddress &peer, quint16 port) const
{
    return m_connections.value(keyOf(peer, port));
}

QString LowDelayTcpServer::keyOf(const QHostAddress &peer, quint16 port)
{
    return peer.toString() + u'|' + QString::number(port);
}

} // namespace pd::server
