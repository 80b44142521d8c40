#include "server/http/StreamController.h"

#include "server/http/Authenticator.h"
#include "server/http/HttpLog.h"
#include "server/live/LiveRepository.h"
#include "server/stream/EventHub.h"

#include <QHttpServer>
#include <QHttpServerWebSocketUpgradeResponse>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr QLatin1StringView kPrivatePath{"/api/v1/stream"};

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

StreamController::StreamController(EventHub &hub, Authenticator &auth, LiveRepository &live, QObject *parent)
    : QObject(parent), m_hub(hub), m_auth(auth), m_live(live)
{
}

void StreamController::attach(QHttpServer &http)
{
    m_http = &http;
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
        const QUrl url = socket->requestUrl();
        const qint64 after = afterOf(url).value_or(-1);
        if (url.path() == kPrivatePath) {
            // The verifier already checked the token; resolve it again here, where the socket is, for the user.
            auto caller = m_auth.authenticate(socket->request().rawHeader("Authorization"));
            if (!caller) {
                QWebSocket *s = socket.release();
                s->close(static_cast<QWebSocketProtocol::CloseCode>(4401), u"unauthorized"_s);
                s->deleteLater();
                continue;
            }
            m_hub.subscribe(std::move(socket), std::move(caller->user), 0, after);
        } else if (const qint64 event = publicEventOf(url.path()); event > 0) {
            m_hub.subscribe(std::move(socket), std::nullopt, event, after);
        } else {
            qCWarning(lcHttp) << "unexpected WebSocket path" << url.path();
        }
    }
}

} // namespace pd::server
