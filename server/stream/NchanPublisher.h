#pragma once
#include "server/stream/StreamEvent.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <optional>

class QNetworkReply;
class QTimer;

namespace pd::server {

class Database;
class EventHub;

/// The production topology's fan-out: every public live message goes once, in seq order, to an Nchan publisher
/// location (`POST <publish URL>/<event id>`, the same JSON text portald's own stream sends), and nginx with Nchan
/// holds the readers, buffers the messages and replays them to a reader that comes back with its last message id.
///
/// The stream table is the outbox: the publisher walks it behind the hub (never past an event held back behind a
/// gap, so the order is the commit order the hub delivers in) and keeps how far it got in `server_meta`, so a
/// restarted portald, or another one taking over, goes on where the last stopped. A failed publish is retried,
/// the same message again, until Nchan takes it; nothing after it goes first. On PostgreSQL only one portald
/// publishes (the one holding an advisory lock); the others stand by and take over when it goes away.
class NchanPublisher : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NchanPublisher)

public:
    /// `publishUrl`: the Nchan publisher location; the event id is appended as the last path segment.
    NchanPublisher(Database &db, EventHub &hub, QUrl publishUrl, QObject *parent = nullptr);
    ~NchanPublisher() override;

    /// Starts publishing what the hub delivers from now on (or from where the last publisher stopped).
    void start();

    /// Every public event up to this seq has reached Nchan (or was not public).
    [[nodiscard]] qint64 publishedSeq() const { return m_cursor; }
    [[nodiscard]] bool isPublishing() const { return m_leader; }

    /// The `server_meta` key that keeps publishedSeq().
    static constexpr QLatin1StringView kCursorKey{"nchan.published_seq"};

private:
    void tryLead();
    void pump();
    void publish(const StreamEvent &event);
    void finished(QNetworkReply *reply);
    void saveCursor();

    Database &m_db;
    EventHub &m_hub;
    QUrl m_publishUrl;
    QNetworkAccessManager m_nam;
    QTimer *m_retry = nullptr;
    QTimer *m_lead = nullptr;
    std::optional<StreamEvent> m_inFlight;
    qint64 m_cursor = 0;
    int m_backoffMs = 0;
    bool m_leader = false;
};

} // namespace pd::server
