#pragma once
#include "app/domain/Error.h"
#include "app/domain/User.h"
#include "server/stream/StreamEvent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QWebSocket>
#include <memory>
#include <optional>

namespace pd::server {

class Database;
class PublicReaders;
class StreamBus;
class StreamSubscriber;
struct StreamPeer;

/// The event stream: every event gets a durable, monotonic `seq` in the database (`stream_events`), is delivered to
/// the WebSocket subscribers it is meant for, and can be replayed after any seq — so a client that reconnects with
/// `after=<last seq>` (even across a portald restart) misses nothing. Also counts the public readers per live event
/// (distinct addresses, not connections) and the public connections of each address.
///
/// Live delivery follows seq order with no hole it could later fill: on PostgreSQL a seq is taken at insert and
/// becomes visible at commit, so with several writers seq N+1 may commit after N+2. An event that arrives after a
/// gap is held back while the missing seqs are read again from the table, for at most kGapWaitMs; after that the
/// gap counts as an aborted transaction (a permanent hole) and what is held goes out.
class EventHub : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventHub)

public:
    EventHub(Database &db, StreamBus &bus, QObject *parent = nullptr);
    ~EventHub() override;

    /// Stores an event (inside the caller's transaction, if any); call deliver() once that transaction committed.
    Result<StreamEvent> record(const QString &type, const QJsonObject &payload, const Audience &audience);
    /// Hands a committed event to the bus, which brings it to the subscribers of every process.
    void deliver(const StreamEvent &event);
    /// record() and deliver() for callers outside a transaction.
    Result<StreamEvent> publish(const QString &type, const QJsonObject &payload, const Audience &audience);

    /// Events after `after` in seq order (at most `limit`): the back-office ones (`publicEventId` 0), one live
    /// event's public ones (> 0) or all (< 0).
    Result<QList<StreamEvent>> since(qint64 after, int limit, qint64 publicEventId = 0);
    /// One stored event (for a bus that carries only the seq).
    Result<std::optional<StreamEvent>> load(qint64 seq);
    /// The newest seq stored (0 when none).
    Result<qint64> lastSeq();

    /// Takes over an upgraded WebSocket: replays what came after `after`, then streams live events.
    void subscribe(std::unique_ptr<QWebSocket> socket, StreamPeer peer, qint64 publicEventId, qint64 after);
    /// Takes over `fd`, an anonymous reader's connection whose upgrade was answered, as a reader of
    /// `publicEventId`'s public stream (PublicReaders: a few dozen bytes per reader instead of a QWebSocket).
    void adoptPublicReader(int fd, const QString &address, qint64 publicEventId, qint64 after);

    [[nodiscard]] int subscriberCount() const;
    /// Every open subscriber (for checks that walk them, such as revocation).
    [[nodiscard]] const QList<StreamSubscriber *> &subscribers() const { return m_subscribers; }
    /// Distinct readers (addresses) of a live event's public stream now: a reader with two tabs open is one.
    [[nodiscard]] int viewers(qint64 eventId) const { return int(m_readers.value(eventId).size()); }
    /// Open public stream connections from one address, over all events.
    [[nodiscard]] int publicConnectionsFrom(const QString &address) const { return m_publicByAddress.value(address); }
    /// Every seq up to this one was delivered live (or given up as a hole): what comes later may still be held.
    [[nodiscard]] qint64 deliveredUpTo() const { return m_lastDispatched; }
    /// Events held back behind a gap in the seqs, waiting for an earlier seq to commit.
    [[nodiscard]] int heldCount() const { return int(m_held.size()); }
    /// Unsent bytes after which a subscriber counts as too slow and is dropped (default 1 MiB).
    void setSlowConsumerLimit(qint64 bytes) { m_limitBytes = bytes; }
    /// Unsent bytes after which an anonymous public reader counts as too slow (default 256 KiB): tens of
    /// thousands of them must not be able to hold the machine's memory.
    void setPublicReaderQueueLimit(qint64 bytes);

    /// How long an event after a gap in the seqs waits for the gap to fill before it goes out anyway.
    static constexpr qint64 kGapWaitMs = 1000;

Q_SIGNALS:
    /// The number of distinct public readers of a live event changed (`opened`: one more reader arrived).
    void viewersChanged(qint64 eventId, int viewers, bool opened);
    /// Events up to deliveredUpTo() went out to the subscribers of this process.
    void dispatched();
    /// A subscriber was taken over (before its replay starts).
    void subscribed(pd::server::StreamSubscriber *subscriber);

private:
    /// An event held back behind a gap, with when it was held (m_clock).
    struct Held {
        StreamEvent event;
        qint64 sinceMs = 0;
    };

    void dispatch(const StreamEvent &event);
    void release();
    void releaseContiguous();
    void offerAll(const StreamEvent &event);
    void replay(StreamSubscriber *subscriber);
    void remove(StreamSubscriber *subscriber);
    void countPublicReader(qint64 eventId, const QString &address);
    void forgetPublicReader(qint64 eventId, const QString &address);
    void keepAlive();

    Database &m_db;
    StreamBus &m_bus;
    QList<StreamSubscriber *> m_subscribers;
    PublicReaders *m_public = nullptr;
    QHash<qint64, QHash<QString, int>> m_readers; ///< event → address → open connections
    QHash<QString, int> m_publicByAddress;
    qint64 m_limitBytes = 1024 * 1024;
    qint64 m_lastDispatched = 0;   ///< every seq up to this one was delivered live or given up as a hole
    QMap<qint64, Held> m_held;     ///< arrived after a gap, in seq order
    QElapsedTimer m_clock;
    QTimer *m_gapTimer = nullptr;  ///< reads the table again while a gap is open
    QTimer *m_keepAlive = nullptr;
};

} // namespace pd::server
