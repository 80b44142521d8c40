#include "server/http/LowDelayTcpServer.h"

#include "server/http/GuardedTcpSocket.h"
#include "server/http/HttpLog.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pd::server {

LowDelayTcpServer::LowDelayTcpServer(RequestFraming::LimitLookup limits, QObject *parent)
    : QTcpServer(parent), m_limits(std::move(limits))
{
    setListenBacklogSize(kListenBacklog);
}

LowDelayTcpServer::~LowDelayTcpServer() = default;

void LowDelayTcpServer::incomingConnection(qintptr socketDescriptor)
{
    // What QTcpServer does by default, with the request guard and the socket option; QHttpServer takes the socket
    // from the pending list.
    auto *socket = new GuardedTcpSocket(m_limits, this);
    if (!socket->adopt(socketDescriptor)) {
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

int LowDelayTcpServer::systemBacklogCap()
{
    QFile file(u"/proc/sys/net/core/somaxconn"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toInt();
}

QString LowDelayTcpServer::keyOf(const QHostAddress &peer, quint16 port)
{
    return peer.toString() + u'|' + QString::number(port);
}

} // namespace pd::server
