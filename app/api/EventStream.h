#pragma once
#include "app/domain/Error.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

#include <chrono>
#include <optional>
#include <random>

namespace pd::api {

class PortalClient;

/// The portal's push channel (`/api/v1/stream`, WebSocket): events arrive in `seq` order; after any drop it
/// reconnects with `after=<last seq>` so nothing is missed, and drops repeats so nothing is seen twice.
/// Pings detect a dead link within the heartbeat timeout even when TCP does not notice. When portald closes the
/// stream because the session ended or the account's access changed, the reason is reported (closedByServer); the
/// stream comes back only if the session still works (a renewed token, new roles), and otherwise stops instead of
/// knocking again and again with a dead token.
class EventStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventStream)

public:
    enum class State { Stopped, Connecting, Connected, Waiting };
    Q_ENUM(State)

    explicit EventStream(PortalClient &client, QObject *parent = nullptr);
    ~EventStream() override;

    /// The last event already handled (persisted by the caller); -1: none yet, start with what happens now.
    void setLastSeq(qint64 seq) { m_lastSeq = seq; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    /// Ping interval and how long the link may stay silent before it is considered dead.
    void setHeartbeat(std::chrono::milliseconds interval, std::chrono::milliseconds deadAfter);
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

    void start();
    void stop();
    [[nodiscard]] State state() const { return m_state; }

Q_SIGNALS:
    /// One event, in seq order, never twice.
    void eventReceived(qint64 seq, const QString &type, const QJsonObject &payload);
    void stateChanged(pd::api::EventStream::State state);
    /// The connection failed or was lost; a reconnect is scheduled unless the session turns out to be over.
    void connectionLost(const pd::Error &error);
    /// portald closed the stream because of the session or the account (signed out, expired, disabled, roles
    /// changed); the message is its reason, said for the user (已退出登录, 权限已变更, …).
    void closedByServer(const pd::Error &error);

private:
    void connectNow();
    void scheduleReconnect(const Error &error);
    /// Renews the token with an authenticated call; stops the stream when the session turns out to be over, else
    /// reconnects after `reconnectAfter` (when given) instead of the fallback wait.
    void checkSession(std::optional<std::chrono::milliseconds> reconnectAfter);
    void onText(const QString &message);
    void onHeartbeat();
    void setState(State state);

    PortalClient &m_client;
    QWebSocket m_socket;
    QList<QSslError> m_sslErrors; ///< of the handshake under way, for the failure message
    QTimer m_heartbeat;
    QTimer m_reconnect;
    std::chrono::milliseconds m_pingInterval{std::chrono::seconds(5)};
    std::chrono::milliseconds m_deadAfter{std::chrono::seconds(15)};
    std::chrono::milliseconds m_initialBackoff{std::chrono::milliseconds(500)};
    std::chrono::milliseconds m_maximumBackoff{std::chrono::seconds(30)};
    std::mt19937 m_random{std::random_device{}()};
    qint64 m_lastSeq = -1;
    qint64 m_lastHeard = 0; ///< msecs since epoch of the last frame or pong
    int m_failures = 0;
    State m_state = State::Stopped;
};

} // namespace pd::api
