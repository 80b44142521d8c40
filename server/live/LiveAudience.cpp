#include "server/live/LiveAudience.h"

#include "server/db/Database.h"
#include "server/live/LiveLog.h"
#include "server/live/LiveRepository.h"
#include "server/stream/EventHub.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUuid>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr auto kCoalesce = std::chrono::milliseconds(250);

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// Readers' addresses stay out of the table: a digest tells readers apart just as well.
QString digest(const QString &address)
{
    return QString::fromLatin1(QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace

LiveAudience::LiveAudience(Database &db, LiveRepository &repository, EventHub &hub, std::chrono::milliseconds heartbeat,
                           QObject *parent)
    : QObject(parent), m_db(db), m_repo(repository), m_hub(hub), m_ttl(heartbeat * 3),
      m_source(u"portald-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12))
{
    connect(&m_hub, &EventHub::viewersChanged, this, &LiveAudience::viewersChanged);
    m_beat.setInterval(heartbeat);
    connect(&m_beat, &QTimer::timeout, this, &LiveAudience::beat);
    m_beat.start();
    // A burst of readers arriving together is one write, not one per reader.
    m_soon.setSingleShot(true);
    m_soon.setInterval(kCoalesce);
    connect(&m_soon, &QTimer::timeout, this, &LiveAudience::flush);
}

LiveAudience::~LiveAudience()
{
    if (auto r = m_db.exec(u"DELETE FROM live_audience WHERE source = ?"_s, {m_source}); !r)
        qCWarning(lcLive).noquote() << "readers of this instance not withdrawn:" << r.error().message;
}

void LiveAudience::viewersChanged(qint64 eventId, int viewers, bool)
{
    if (viewers > 0)
        m_readers.insert(eventId, viewers);
    else
        m_readers.remove(eventId);
    m_dirty.insert(eventId);
    if (!m_soon.isActive())
        m_soon.start();
}

Result<void> LiveAudience::writeOwn(qint64 eventId)
{
    const int readers = m_readers.value(eventId);
    if (readers == 0) {
        auto q = m_db.exec(u"DELETE FROM live_audience WHERE source = ? AND event_id = ?"_s, {m_source, eventId});
        return q ? Result<void>() : std::unexpected(q.error());
    }
    return report(m_source, eventId, readers, m_ttl);
}

void LiveAudience::flush()
{
    const QSet<qint64> dirty = std::exchange(m_dirty, {});
    for (qint64 eventId : dirty) {
        if (auto r = writeOwn(eventId); !r) {
            qCWarning(lcLive).noquote() << "readers of event" << eventId << "not reported:" << r.error().message;
            continue;
        }
        if (auto r = viewersNow(eventId); !r)
            qCWarning(lcLive).noquote() << "viewers of event" << eventId << "not read:" << r.error().message;
    }
}

void LiveAudience::beat()
{
    const qint64 now = nowMs();
    QSet<qint64> events(m_readers.keyBegin(), m_readers.keyEnd());
    for (auto it = m_polledEventsMs.begin(); it != m_polledEventsMs.end();) {
        if (now - it.value() > kPollWindow.count()) {
            it = m_polledEventsMs.erase(it);
        } else {
            events.insert(it.key());
            ++it;
        }
    }
    m_pollWrittenMs.removeIf([now](const auto &entry) { return now - entry.value() > kPollWindow.count(); });
    for (qint64 eventId : std::as_const(events)) {
        if (m_readers.contains(eventId)) {
            if (auto r = writeOwn(eventId); !r)
                qCWarning(lcLive).noquote() << "readers of event" << eventId << "not reported:" << r.error().message;
        }
        if (auto r = viewersNow(eventId); !r)
            qCWarning(lcLive).noquote() << "viewers of event" << eventId << "not read:" << r.error().message;
    }
    // Whichever instance beats first clears what dead instances and departed pollers left; doing it twice is harmless.
    if (auto r = m_db.exec(u"DELETE FROM live_audience WHERE expires_at < ?"_s, {now}); !r)
        qCWarning(lcLive).noquote() << "expired reader rows not removed:" << r.error().message;
    if (auto r = m_db.exec(u"DELETE FROM live_poll_readers WHERE seen_at < ?"_s, {now - kPollWindow.count()}); !r)
        qCWarning(lcLive).noquote() << "departed pollers not removed:" << r.error().message;
}

Result<void> LiveAudience::notePollReader(qint64 eventId, const QString &address)
{
    const qint64 now = nowMs();
    m_polledEventsMs.insert(eventId, now);
    const QString reader = digest(address);
    const QString key = QString::number(eventId) + u'/' + reader;
    const auto written = m_pollWrittenMs.constFind(key);
    if (written != m_pollWrittenMs.cend() && now - *written < kPollWriteEvery.count())
        return {};
    auto q = m_db.exec(u"INSERT INTO live_poll_readers (event_id, reader, seen_at) VALUES (?, ?, ?) "
                       u"ON CONFLICT (event_id, reader) DO UPDATE SET seen_at = excluded.seen_at"_s,
                       {eventId, reader, now});
    if (!q)
        return std::unexpected(q.error());
    const bool firstTime = written == m_pollWrittenMs.cend();
    m_pollWrittenMs.insert(key, now);
    if (firstTime) {
        // A new reader may be a new peak; later presences of the same reader cannot raise it.
        if (auto r = viewersNow(eventId); !r)
            return std::unexpected(r.error());
    }
    return {};
}

Result<void> LiveAudience::report(const QString &source, qint64 eventId, qint64 readers, std::chrono::milliseconds ttl)
{
    auto q = m_db.exec(u"INSERT INTO live_audience (source, event_id, readers, expires_at) VALUES (?, ?, ?, ?) "
                       u"ON CONFLICT (source, event_id) DO UPDATE SET readers = excluded.readers, "
                       u"expires_at = excluded.expires_at"_s,
                       {source, eventId, readers, nowMs() + ttl.count()});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<qint64> LiveAudience::viewersNow(qint64 eventId)
{
    const qint64 now = nowMs();
    // This instance's own readers from memory (its row may be a moment behind), every other source from its row.
    auto sockets = m_db.scalar(u"SELECT COALESCE(SUM(readers), 0) FROM live_audience "
                               u"WHERE event_id = ? AND expires_at > ? AND source <> ?"_s,
                               {eventId, now, m_source});
    if (!sockets)
        return std::unexpected(sockets.error());
    auto pollers = m_db.scalar(u"SELECT COUNT(*) FROM live_poll_readers WHERE event_id = ? AND seen_at > ?"_s,
                               {eventId, now - kPollWindow.count()});
    if (!pollers)
        return std::unexpected(pollers.error());
    const qint64 viewers = m_readers.value(eventId) + sockets->toLongLong() + pollers->toLongLong();
    if (viewers > 0) {
        if (auto r = m_repo.raiseViewersPeak(eventId, int(viewers)); !r)
            return std::unexpected(r.error());
    }
    return viewers;
}

} // namespace pd::server
