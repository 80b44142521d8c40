#include "tests/support/TlsProxy.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace pd::test {

TlsProxy::TlsProxy(const QUrl &target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsProxy::onConnection);
    connect(&m_server, &QSslServer::errorOccurred, this, [this](QSslSocket *, QAbstractSocket::SocketError) {
        ++m_failedHandshakes;
    });
    connect(&m_server, &QSslServer::peerVerifyError, this, [](QSslSocket *, const QSslError &) {});
}

TlsProxy::~TlsProxy() = default;

bool TlsProxy::listen(const QString &certificatePem, const QString &keyPem)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certificatePem, QSsl::Pem);
    QFile keyFile(keyPem);
    if (chain.isEmpty() || !keyFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1 or %2"_s.arg(certificatePem, keyPem);
        return false;
    }
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        m_error = u"%1 holds no EC private key"_s.arg(keyPem);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    m_server.setSslConfiguration(config);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        m_error = m_server.errorString();
        return false;
    }
    return true;
}

QUrl TlsProxy::url() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server.serverPort());
    return url;
}

void TlsProxy::onConnection()
{
    while (QTcpSocket *accepted = m_server.nextPendingConnection()) {
        auto *tls = qobject_cast<QSslSocket *>(accepted);
        if (!tls) {
            accepted->deleteLater();
            continue;
        }
        // nextPendingConnection() hands the socket over once its handshake completed.
        ++m_handshakes;
        QPointer<QSslSocket> client(tls);
        QPointer<QTcpSocket> upstream(new QTcpSocket(this));
        auto pending = std::make_shared<QByteArray>();
        const auto closeBoth = [client, upstream] {
            if (client) {
                client->disconnectFromHost();
                client->deleteLater();
            }
            if (upstream) {
                upstream->disconnectFromHost();
                upstream->deleteLater();
            }
        };
        connect(tls, &QSslSocket::readyRead, this, [client, upstream, pending] {
            if (!client || !upstream)
                return;
            const QByteArray data = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                pending->append(data);
        });
        connect(upstream, &QTcpSocket::connected, this, [upstream, pending] {
            if (upstream && !pending->isEmpty())
                upstream->write(std::exchange(*pending, {}));
        });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream] {
            if (client && upstream)
                client->write(upstream->readAll());
        });
        connect(tls, &QSslSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::errorOccurred, this, [closeBoth](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                closeBoth();
        });
        upstream->connectToHost(m_target.host(), quint16(m_target.port()));
        // Bytes that arrived with the handshake are already waiting.
        if (tls->bytesAvailable() > 0)
            pending->append(tls->readAll());
    }
}

} // namespace pd::test
