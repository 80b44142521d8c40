#pragma once
#include "app/domain/Error.h"
#include "server/stream/StreamEvent.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace pd::server {

/// The anonymous readers of public live streams, held as bare WebSocket connections after Qt has answered their
/// upgrade: a descriptor on one epoll set and a few dozen bytes each, instead of a QWebSocket, a socket object, its
/// buffers and notifiers per reader — what lets one portald hold tens of thousands of readers of an interview.
///
/// Every event goes out as one WebSocket frame built once and shared by every reader (a QByteArray, implicitly
/// shared); what a reader's socket does not take at once waits in its queue, which is bounded: past
/// `queueLimit` unsent bytes the reader is closed with the slow-consumer code and reconnects with
/// `after=<last seq it got>`. A reader that connected with `after` is first replayed the stored events after it,
/// batch by batch as its socket drains.
class PublicReaders : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublicReaders)

public:
    /// Stored events of one live event's public stream after a seq (at most `limit`, in seq order).
    using History = std::function<Result<QList<StreamEvent>>(qint64 after, int limit, qint64 eventId)>;
    /// The last seq delivered live: a replay stops there and the reader goes live.
    using Horizon = std::function<qint64()>;

    PublicReaders(History history, Horizon horizon, QObject *parent = nullptr);
    ~PublicReaders() override;

    /// Takes over `fd`, a connection whose upgrade to WebSocket was answered, as a reader of `eventId`'s public
    /// stream from `after` on. The descriptor is closed when the reader leaves (closed() tells).
    void adopt(int fd, qint64 eventId, qint64 after, const QString &address);
    /// Sends a committed event to the live readers it is meant for; `message` is its serialised text.
    void broadcast(const StreamEvent &event, const QByteArray &message);
    /// Pings every reader; closes those not heard of for `silentMs` (a vanished network, no FIN).
    void keepAlive(qint64 nowMs, qint64 silentMs);

    [[nodiscard]] int count() const { return m_count; }
    /// Unsent bytes after which a reader counts as too slow (default 256 KiB).
    void setQueueLimit(qint64 bytes) { m_queueLimit = bytes; }

    /// A WebSocket frame from the server (never masked): `opcode` and the payload.
    [[nodiscard]] static QByteArray frame(int opcode, QByteArrayView payload);

Q_SIGNALS:
    /// A reader left (closed by either end); its address no longer counts.
    void closed(qint64 eventId, const QString &address);

private:
    struct Reader;

    void onReady();
    void readFrom(Reader &reader);
    void handleFrames(Reader &reader);
    void write(Reader &reader, const QByteArray &bytes);
    void flush(Reader &reader);
    void replay(Reader &reader);
    void closeWith(Reader &reader, int code, const QByteArray &reason);
    void finishClosing(Reader &reader);
    void destroy(Reader &reader);
    void watchWrites(Reader &reader, bool on);
    void sweepClosing();

    History m_history;
    Horizon m_horizon;
    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_closingSweep = nullptr;
    QHash<int, Reader *> m_byFd;
    QHash<qint64, QList<Reader *>> m_byEvent; ///< the open (not closing) readers of each live event
    int m_count = 0;
    int m_closing = 0;
    qint64 m_queueLimit = 256 * 1024;
};

} // namespace pd::server
