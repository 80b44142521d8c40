#include "server/http/StreamController.h"

#include "server/http/Authenticator.h"
#include "server/http/HttpLog.h"
#include "server/live/LiveRepository.h"
#include "server/stream/EventHub.h"
#include "server/stream/StreamSubscriber.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QTcpSocket>
#include <QWebSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QLatin1StringView kPrivatePath{"/api/v1/stream"};
/// Readers and desk clients only ever send pongs and the odd short control message; anything larger is not a
/// reader, and Qt refuses a frame as soon as its header announces more (close code 1009), before buffering it.
constexpr qint64 kMaxIncomingBytes = 4096;

/// `/public/live/{event}/stream` → the event id, else 0.
qint64 publicEventOf(const QString &path)
{
    static const QRegularExpression pattern(u"^/public/live/([1-9][0-9]{0,17})/stream$"_s);
    const auto m = pattern.match(path);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

/// `after` from the query: -1 when absent (start from now), nullopt when malformed.
std::optional<qint64> afterOf(const QUrl &url)
{
    const QString value = QUrlQuery(url).queryItemValue(u"after"_s);
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 after = value.toLongLong(&ok);
    return ok && after >= 0 ? std::optional<qint64>(after) : std::nullopt;
}

} // namespace

StreamController::StreamController(EventHub &hub, Authenticator &auth, LiveRepository &live,
                                   int maxPublicConnectionsPerAddress, ClientAddress clientAddress, QObject *parent)
    : QObject(parent), m_hub(hub), m_auth(auth), m_live(live), m_maxPerAddress(maxPublicConnectionsPerAddress),
      m_clientAddress(std::move(clientAddress))
{
}

QString StreamController::clientAddress(const QHostAddress &peer, const QByteArray &forwardedFor,
                                        const QByteArray &realIp) const
{
    // Behind nginx every reader connects from the proxy; without its word they would all share one key and the
    // cap would shut out everyone past the first few.
    const QHostAddress reader = m_clientAddress.resolve(peer, forwardedFor, realIp);
    bool isV4 = false;
    const quint32 v4 = reader.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : reader.toString();
}

bool StreamController::overPublicCap(const QString &address) const
{
    return m_maxPerAddress > 0 && m_hub.publicConnectionsFrom(address) >= m_maxPerAddress;
}

int StreamController::takeOver(QWebSocket &socket) const
{
    QTcpSocket *connection = m_connections ? m_connections(socket.peerAddress(), socket.peerPort()) : nullptr;
    if (!connection || connection->socketDescriptor() < 0)
        return -1;
    // Qt has written the 101 answer into the connection; it must be on the wire before Qt lets go.
    connection->flush();
    if (connection->bytesToWrite() > 0)
        return -1;
    // Closing Qt's descriptor does not end the connection while the duplicate is open (no shutdown() is sent).
    const int fd = ::fcntl(int(connection->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        qCWarning(lcHttp) << "cannot take over a public reader's connection:" << strerror(errno);
    return fd;
}

void StreamController::attach(QHttpServer &http, ConnectionLookup connections)
{
    m_http = &http;
    m_connections = std::move(connections);
    http.addWebSocketUpgradeVerifier(this, [this](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (!afterOf(request.url()))
            return QHttpServerWebSocketUpgradeResponse::deny(400, "after must be a non-negative seq");
        if (path == kPrivatePath) {
            if (!m_auth.authenticate(request))
                return QHttpServerWebSocketUpgradeResponse::deny(401, "Unauthorized");
            return QHttpServerWebSocketUpgradeResponse::accept();
        }
        if (const qint64 event = publicEventOf(path); event > 0) {
            auto found = m_live.findEvent(event);
            if (!found || !found->has_value())
                return QHttpServerWebSocketUpgradeResponse::deny(404, "Not Found");
            if (overPublicCap(clientAddress(request.remoteAddress(), request.value("X-Forwarded-For"),
                                            request.value("X-Real-IP"))))
                return QHttpServerWebSocketUpgradeResponse::deny(429, "Too Many Requests");
            return QHttpServerWebSocketUpgradeResponse::accept();
        }
        return QHttpServerWebSocketUpgradeResponse::deny(404, "Not Found");
    });
    connect(&http, &QHttpServer::newWebSocketConnection, this, &StreamController::acceptPending);
}

void StreamController::acceptPending()
{
    while (m_http->hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http->nextPendingWebSocketConnection();
        if (!socket)
            continue;
        socket->setMaxAllowedIncomingFrameSize(kMaxIncomingBytes);
        socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
        const QUrl url = socket->requestUrl();
        const qint64 after = afterOf(url).value_or(-1);
        const QNetworkRequest &upgrade = socket->request();
        const QString address = clientAddress(socket->peerAddress(), upgrade.rawHeader("X-Forwarded-For"),
                                              upgrade.rawHeader("X-Real-IP"));
        if (url.path() == kPrivatePath) {
            // The verifier already checked the token; resolve it again here, where the socket is, for the user.
            auto caller = m_auth.authenticate(socket->request().rawHeader("Authorization"));
            if (!caller) {
                QWebSocket *s = socket.release();
                s->close(static_cast<QWebSocketProtocol::CloseCode>(4401), u"unauthorized"_s);
                s->deleteLater();
                continue;
            }
            m_hub.subscribe(std::move(socket), StreamPeer{std::move(caller->user), std::move(caller->accessToken), address},
                            0, after);
        } else if (const qint64 event = publicEventOf(url.path()); event > 0) {
            // Upgrades that passed the check together may still add up to more than the cap.
            if (overPublicCap(address)) {
                QWebSocket *s = socket.release();
                s->close(QWebSocketProtocol::CloseCodePolicyViolated, u"too many connections from one address"_s);
                s->deleteLater();
                continue;
            }
            if (const int fd = takeOver(*socket); fd >= 0) {
                QWebSocket *s = socket.release();
                s->abort();
                s->deleteLater();
                m_hub.adoptPublicReader(fd, address, event, after);
                continue;
            }
            m_hub.subscribe(std::move(socket), StreamPeer{std::nullopt, {}, address}, event, after);
        } else {
            qCWarning(lcHttp) << "unexpected WebSocket path" << url.path();
        }
    }
}

} // namespace pd::server
