#pragma once
#include "app/domain/Error.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <chrono>

namespace pd::server {

class Database;
class EventHub;
class LiveRepository;

/// Who reads a live event now, over every portald on one database and both ways of reading: each source of readers
/// (this portald's WebSocket readers; any other fan-out that counts its own, such as an Nchan poller) keeps a
/// heartbeat row per event that expires unless refreshed, and readers on the feed.json fallback announce themselves
/// every half minute (`POST /public/live/{event}/presence`) into a table keyed by a digest of their address, so a
/// poller is one reader whichever instance it reaches. `viewersNow` is the sum of the live rows plus the pollers
/// seen lately; every heartbeat raises the event's stored peak to it.
///
/// A reader is an address, as the public stream has always counted: two tabs of one reader are one viewer. A page
/// is either on the socket or polling, never announcing itself both ways, so the two parts do not overlap.
class LiveAudience : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveAudience)

public:
    /// How long a polling reader counts after its last presence (the page announces itself every 30 s).
    static constexpr std::chrono::milliseconds kPollWindow{75'000};
    /// An instance writes a polling reader's presence at most this often (the page may reach it every 30 s, or
    /// more often through several tabs): the row stays fresh within kPollWindow, the database stays quiet.
    static constexpr std::chrono::milliseconds kPollWriteEvery{20'000};

    /// `heartbeat`: how often this instance refreshes its rows; they expire after three heartbeats.
    LiveAudience(Database &db, LiveRepository &repository, EventHub &hub, std::chrono::milliseconds heartbeat,
                 QObject *parent = nullptr);
    /// Takes this instance's rows away: its readers are gone with it.
    ~LiveAudience() override;

    /// The name this instance's heartbeat rows carry.
    [[nodiscard]] const QString &source() const { return m_source; }

    /// A reader on the feed.json fallback is still there (`address`: the reader as the comment limit sees it).
    Result<void> notePollReader(qint64 eventId, const QString &address);
    /// Readers another fan-out counts for an event (e.g. Nchan's subscribers of the event's channel), under its own
    /// `source` name; like this instance's own rows the figure expires unless reported again within `ttl`.
    Result<void> report(const QString &source, qint64 eventId, qint64 readers, std::chrono::milliseconds ttl);
    /// Readers of the event now, over every source and the pollers; raises the event's stored peak to it.
    Result<qint64> viewersNow(qint64 eventId);

private:
    void viewersChanged(qint64 eventId, int viewers, bool opened);
    /// Writes the rows of the events whose readers changed since the last write.
    void flush();
    /// Refreshes every row of this instance, raises the peaks of the events read here, drops expired rows.
    void beat();
    Result<void> writeOwn(qint64 eventId);

    Database &m_db;
    LiveRepository &m_repo;
    EventHub &m_hub;
    std::chrono::milliseconds m_ttl;
    QString m_source;
    QHash<qint64, int> m_readers;              ///< this instance's WebSocket readers per event
    QSet<qint64> m_dirty;                      ///< events whose row is behind m_readers
    QHash<QString, qint64> m_pollWrittenMs;    ///< "event/digest" → when this instance last wrote it
    QHash<qint64, qint64> m_polledEventsMs;    ///< events with pollers here → last presence heard
    QTimer m_beat;
    QTimer m_soon;
};

} // namespace pd::server
