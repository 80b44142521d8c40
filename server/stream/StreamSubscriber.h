#pragma once
#include "app/domain/User.h"
#include "server/stream/StreamEvent.h"

#include <QObject>
#include <QWebSocket>
#include <memory>
#include <optional>

namespace pd::server {

/// Who is at the other end of a stream socket.
struct StreamPeer {
    std::optional<domain::User> user; ///< signed in (the desk stream), as at connect time
    QString accessToken;              ///< the token the desk stream was opened with, checked again while it is open
    QString address;                  ///< the reader's address: per-address caps and distinct-reader counts
};

/// One WebSocket on the event stream — a signed-in user on `/api/v1/stream` or an anonymous reader of one live
/// event on `/public/live/{event}/stream` — with its position (`lastSeq`) and its send budget.
///
/// A subscriber never buffers without bound: when more than `limitBytes` are still unsent the socket is closed with
/// kSlowConsumerCode and the client reconnects with `after=<last seq it got>`, missing nothing.
class StreamSubscriber : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamSubscriber)

public:
    /// Close code for a client that does not read fast enough (private-use range of RFC 6455).
    static constexpr int kSlowConsumerCode = 4001;

    /// Close code for a desk stream whose session ended (signed out, token expired): sign in again.
    static constexpr int kSessionEndedCode = 4401;
    /// Close code for a desk stream whose account was disabled or whose roles changed.
    static constexpr int kAccessChangedCode = 4403;

    StreamSubscriber(std::unique_ptr<QWebSocket> socket, StreamPeer peer, qint64 publicEventId, qint64 after,
                     qint64 limitBytes, QObject *parent = nullptr);
    ~StreamSubscriber() override;

    [[nodiscard]] bool isPublic() const { return m_publicEventId > 0; }
    [[nodiscard]] bool isClosed() const { return m_closed; }
    [[nodiscard]] const StreamPeer &peer() const { return m_peer; }
    [[nodiscard]] qint64 publicEventId() const { return m_publicEventId; }
    [[nodiscard]] qint64 lastSeq() const { return m_lastSeq; }
    [[nodiscard]] bool isLive() const { return m_live; }
    void setLive() { m_live = true; }
    /// Replay paused until the socket drains.
    [[nodiscard]] bool awaitingDrain() const { return m_awaitingDrain; }
    void setAwaitingDrain(bool awaiting) { m_awaitingDrain = awaiting; }
    [[nodiscard]] qint64 unsentBytes() const;

    /// Whether this subscriber may see the event at all.
    [[nodiscard]] bool admits(const StreamEvent &event) const;
    /// Sends the event if it is new to this subscriber and admitted; drops a slow consumer. Returns false once the
    /// subscriber is closed.
    bool offer(const StreamEvent &event);
    /// The same with the message already serialised (one serialisation per event, not per subscriber).
    bool offer(const StreamEvent &event, const QString &message);
    void closeWith(int code, const QString &reason);
    /// Pings the client; answers false (and closes) when it has not been heard of for `silentMs` — a reader whose
    /// network vanished without a FIN must not count as a viewer for ever.
    bool keepAlive(qint64 nowMs, qint64 silentMs);

Q_SIGNALS:
    void finished(pd::server::StreamSubscriber *subscriber);
    /// Fewer unsent bytes than half the limit: the hub may send the next replay batch.
    void drained(pd::server::StreamSubscriber *subscriber);

private:
    std::unique_ptr<QWebSocket> m_socket;
    StreamPeer m_peer;
    qint64 m_publicEventId = 0;
    qint64 m_lastSeq = 0;
    qint64 m_limitBytes = 0;
    bool m_live = false;
    bool m_closed = false;
    bool m_awaitingDrain = false;
    qint64 m_lastHeardMs = 0;
};

} // namespace pd::server
