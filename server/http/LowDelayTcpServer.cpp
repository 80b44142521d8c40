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
    addPendingConnection(socket);
}

} // namespace pd::server
