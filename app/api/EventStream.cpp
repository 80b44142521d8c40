#include "app/api/EventStream.h"

#include "app/api/ApiLog.h"
#include "app/api/ErrorMapper.h"
#include "app/api/PortalClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pd::api {

namespace {
// portald's close codes for a stream whose session ended (signed out, expired) or whose access changed (account
// disabled, roles changed).
constexpr int kSessionEnded = 4401;
constexpr int kAccessChanged = 4403;
} // namespace

EventStream::EventStream(PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_socket(QString(), QWebSocketProtocol::VersionLatest, this)
    , m_heartbeat(this)
    , m_reconnect(this)
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &EventStream::connectNow);
    connect(&m_heartbeat, &QTimer::timeout, this, &EventStream::onHeartbeat);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_lastHeard = QDateTime::currentMSecsSinceEpoch();
        m_heartbeat.start(m_pingInterval);
        setState(State::Connected);
        qCInfo(lcApi) << "event stream connected after seq" << m_lastSeq;
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &EventStream::onText);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_lastHeard = QDateTime::currentMSecsSinceEpoch(); });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_state == State::Stopped)
            return;
        ErrorMapper::Reply facts;
        facts.url = m_client.session().serverUrl();
        facts.networkError = QNetworkReply::RemoteHostClosedError;
        if (!m_sslErrors.isEmpty()) {
            facts.networkError = QNetworkReply::SslHandshakeFailedError;
            facts.sslErrors = std::exchange(m_sslErrors, {});
        }
        Error error = ErrorMapper::fromReply(facts);
        const int code = int(m_socket.closeCode());
        if (code == kSessionEnded || code == kAccessChanged) {
            // The server no longer accepts this session or changed what it may see: say why, then renew the token
            // (or learn that the session is over) before the next attempt.
            const QString reason = m_socket.closeReason();
            error = Error::make(code == kSessionEnded ? ErrorCode::Unauthorized : ErrorCode::Forbidden,
                                reason.isEmpty() ? error.message : reason);
            qCInfo(lcApi).noquote() << "event stream closed by the server:" << error.message;
            Q_EMIT closedByServer(error);
        }
        scheduleReconnect(error);
    });
    connect(&m_socket, &QWebSocket::errorOccurred, this, [this](QAbstractSocket::SocketError socketError) {
        qCInfo(lcApi) << "event stream error:" << m_socket.errorString();
        // A refused handshake may end without a disconnected() signal.
        if (m_state == State::Connecting && m_socket.state() == QAbstractSocket::UnconnectedState) {
            ErrorMapper::Reply facts;
            facts.url = m_client.session().serverUrl();
            facts.networkError = QNetworkReply::ConnectionRefusedError;
            if (socketError == QAbstractSocket::SslHandshakeFailedError || !m_sslErrors.isEmpty()) {
                // Said as a certificate problem (with the reasons), so the user looks at the account's CA file.
                facts.networkError = QNetworkReply::SslHandshakeFailedError;
                facts.networkErrorString = m_socket.errorString();
                facts.sslErrors = std::exchange(m_sslErrors, {});
            }
            scheduleReconnect(ErrorMapper::fromReply(facts));
        }
    });
    // Certificate problems are reported, never ignored (the same policy as PortalClient).
    connect(&m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcApi) << "event stream TLS error:" << e.errorString();
        m_sslErrors = errors;
    });
}

EventStream::~EventStream()
{
    m_state = State::Stopped;
    m_socket.disconnect(this);
    m_socket.abort();
}

void EventStream::setHeartbeat(std::chrono::milliseconds interval, std::chrono::milliseconds deadAfter)
{
    m_pingInterval = interval;
    m_deadAfter = deadAfter;
    if (m_heartbeat.isActive())
        m_heartbeat.start(m_pingInterval);
}

void EventStream::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initialBackoff = initial;
    m_maximumBackoff = maximum;
}

void EventStream::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void EventStream::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Connecting);
    connectNow();
}

void EventStream::stop()
{
    setState(State::Stopped);
    m_heartbeat.stop();
    m_reconnect.stop();
    m_socket.abort();
}

void EventStream::connectNow()
{
    if (m_state == State::Stopped)
        return;
    QUrl url = m_client.session().serverUrl();
    url.setScheme(url.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    url.setPath(url.path() + u"/api/v1/stream"_s);
    if (m_lastSeq >= 0)
        url.setQuery(u"after=%1"_s.arg(m_lastSeq));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_client.session().accessToken().toUtf8());
    setState(State::Connecting);
    m_socket.abort();
    m_sslErrors.clear();
    if (url.scheme() == u"wss"_s) {
        // The account's extra CAs count for the stream as for every other call; nothing else is relaxed.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_client.extraCaCertificates());
        m_socket.setSslConfiguration(ssl);
    }
    m_socket.open(request);
    // A handshake that hangs counts as a dead link too.
    m_lastHeard = QDateTime::currentMSecsSinceEpoch();
    m_heartbeat.start(m_pingInterval);
}

void EventStream::scheduleReconnect(const Error &error)
{
    if (m_state == State::Stopped || m_reconnect.isActive())
        return; // one failure can be reported twice (error and disconnected)
    m_heartbeat.stop();
    ++m_failures;
    const double step = std::min<double>(double(m_initialBackoff.count()) * double(1LL << std::min(m_failures - 1, 20)),
                                         double(m_maximumBackoff.count()));
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    const auto delay = std::chrono::milliseconds(qint64(step * jitter(m_random)));
    qCInfo(lcApi) << "event stream lost:" << error.message << "- reconnecting in" << delay.count() << "ms";
    setState(State::Waiting);
    Q_EMIT connectionLost(error);
    const bool aboutAccess = error.code == ErrorCode::Unauthorized || error.code == ErrorCode::Forbidden;
    if (aboutAccess || m_failures > 1) {
        // Possibly an expired access token: any authenticated call renews it transparently — or tells that the
        // session is over, and then knocking again would only be refused again.
        checkSession(aboutAccess ? std::optional(delay) : std::nullopt);
    }
    // After a refusal about access the next attempt waits for the renewal (checkSession); this long wait only
    // covers a renewal that never answers.
    m_reconnect.start(aboutAccess ? std::max(delay, m_maximumBackoff) : delay);
}

void EventStream::checkSession(std::optional<std::chrono::milliseconds> reconnectAfter)
{
    m_client.me(this, [this, reconnectAfter](Result<domain::User> me) {
        if (m_state == State::Stopped)
            return;
        if (!me && (me.error().code == ErrorCode::Unauthorized || me.error().code == ErrorCode::Forbidden)) {
            qCInfo(lcApi).noquote() << "event stream stopped: the session is over -" << me.error().message;
            stop();
            return;
        }
        if (reconnectAfter && m_state == State::Waiting)
            m_reconnect.start(*reconnectAfter);
    });
}

void EventStream::onHeartbeat()
{
    const qint64 silent = QDateTime::currentMSecsSinceEpoch() - m_lastHeard;
    if (silent > m_deadAfter.count()) {
        qCInfo(lcApi) << "event stream silent for" << silent << "ms: dropping the link";
        m_socket.abort(); // emits disconnected → reconnect; if not connected yet, reconnect here
        if (m_state == State::Connecting) {
            ErrorMapper::Reply facts;
            facts.url = m_client.session().serverUrl();
            facts.networkError = QNetworkReply::TimeoutError;
            scheduleReconnect(ErrorMapper::fromReply(facts));
        }
        return;
    }
    if (m_state == State::Connected)
        m_socket.ping();
}

void EventStream::onText(const QString &message)
{
    m_lastHeard = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject o = QJsonDocument::fromJson(message.toUtf8()).object();
    const qint64 seq = o.value(u"seq").toInteger(-1);
    if (seq < 0) {
        qCWarning(lcApi) << "event without seq ignored";
        return;
    }
    if (seq <= m_lastSeq)
        return; // replayed twice across a reconnect race: already handled
    m_lastSeq = seq;
    Q_EMIT eventReceived(seq, o.value(u"type").toString(), o.value(u"payload").toObject());
}

} // namespace pd::api
