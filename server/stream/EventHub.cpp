#include "server/stream/EventHub.h"

#include "server/db/Database.h"
#include "server/stream/PublicReaders.h"
#include "server/stream/StreamBus.h"
#include "server/stream/StreamLog.h"
#include "server/stream/StreamSubscriber.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr int kReplayBatch = 500;
constexpr int kPingIntervalMs = 30'000;
constexpr qint64 kSilentMs = 3 * kPingIntervalMs;
/// How often an open gap is looked for in the table again: a late commit announces itself by NOTIFY as well, this
/// only covers a notification that got lost or came before the row was visible to our connection.
constexpr int kGapPollMs = 50;

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

EventHub::EventHub(Database &db, StreamBus &bus, QObject *parent) : QObject(parent), m_db(db), m_bus(bus)
{
    connect(&m_bus, &StreamBus::arrived, this, &EventHub::dispatch);
    // Gaps are only filled after this point: history before the start is for replays.
    m_lastDispatched = lastSeq().value_or(0);
    m_clock.start();
    m_gapTimer = new QTimer(this);
    m_gapTimer->setSingleShot(true);
    connect(m_gapTimer, &QTimer::timeout, this, &EventHub::release);
    m_public = new PublicReaders([this](qint64 after, int limit, qint64 eventId) { return since(after, limit, eventId); },
                                 [this] { return m_lastDispatched; }, this);
    connect(m_public, &PublicReaders::closed, this, &EventHub::forgetPublicReader);
    m_keepAlive = new QTimer(this);
    m_keepAlive->setInterval(kPingIntervalMs);
    connect(m_keepAlive, &QTimer::timeout, this, &EventHub::keepAlive);
    m_keepAlive->start();
}

EventHub::~EventHub()
{
    qDeleteAll(m_subscribers);
}

int EventHub::subscriberCount() const
{
    return int(m_subscribers.size()) + m_public->count();
}

void EventHub::setPublicReaderQueueLimit(qint64 bytes)
{
    m_public->setQueueLimit(bytes);
}

Result<StreamEvent> EventHub::record(const QString &type, const QJsonObject &payload, const Audience &audience)
{
    StreamEvent event{0, type, payload, audience, QDateTime::currentMSecsSinceEpoch()};
    auto q = m_db.exec(u"INSERT INTO stream_events (at, type, public_event, payload, audience) "
                           u"VALUES (?, ?, ?, ?, ?) RETURNING seq"_s,
                           {event.atMs, type, audience.publicEventId,
                            QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                            QString::fromUtf8(QJsonDocument(audience.toJson()).toJson(QJsonDocument::Compact))});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(ErrorCode::Storage, u"数据库未返回事件序号"_s);
    event.seq = q->value(0).toLongLong();
    return event;
}

void EventHub::deliver(const StreamEvent &event)
{
    m_bus.announce(event);
}

Result<StreamEvent> EventHub::publish(const QString &type, const QJsonObject &payload, const Audience &audience)
{
    auto event = record(type, payload, audience);
    if (event)
        deliver(*event);
    return event;
}

Result<QList<StreamEvent>> EventHub::since(qint64 after, int limit, qint64 publicEventId)
{
    auto q = publicEventId < 0
                 ? m_db.exec(u"SELECT seq, type, payload, audience, at FROM stream_events "
                             u"WHERE seq > ? ORDER BY seq LIMIT ?"_s,
                             {after, limit})
                 : m_db.exec(u"SELECT seq, type, payload, audience, at FROM stream_events "
                             u"WHERE seq > ? AND public_event = ? ORDER BY seq LIMIT ?"_s,
                             {after, publicEventId, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<StreamEvent> out;
    while (q->next()) {
        out.append(StreamEvent{q->value(0).toLongLong(), q->value(1).toString(), parseObject(q->value(2).toString()),
                               Audience::fromJson(parseObject(q->value(3).toString())), q->value(4).toLongLong()});
    }
    return out;
}

Result<std::optional<StreamEvent>> EventHub::load(qint64 seq)
{
    auto q = m_db.exec(u"SELECT seq, type, payload, audience, at FROM stream_events WHERE seq = ?"_s, {seq});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<StreamEvent>();
    return StreamEvent{q->value(0).toLongLong(), q->value(1).toString(), parseObject(q->value(2).toString()),
                       Audience::fromJson(parseObject(q->value(3).toString())), q->value(4).toLongLong()};
}

Result<qint64> EventHub::lastSeq()
{
    auto v = m_db.scalar(u"SELECT MAX(seq) FROM stream_events"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->isNull() ? 0 : v->toLongLong();
}

void EventHub::subscribe(std::unique_ptr<QWebSocket> socket, StreamPeer peer, qint64 publicEventId, qint64 after)
{
    if (after < 0) {
        // No position given: start from now (a fresh client loads the current state over REST).
        after = lastSeq().value_or(0);
    }
    const QString address = peer.address;
    auto *subscriber = new StreamSubscriber(std::move(socket), std::move(peer), publicEventId, after, m_limitBytes, this);
    m_subscribers.append(subscriber);
    connect(subscriber, &StreamSubscriber::finished, this, &EventHub::remove);
    connect(subscriber, &StreamSubscriber::drained, this, [this](StreamSubscriber *s) {
        if (s->awaitingDrain())
            replay(s);
    });
    if (publicEventId > 0)
        countPublicReader(publicEventId, address);
    Q_EMIT subscribed(subscriber);
    if (subscriber->isClosed())
        return;
    replay(subscriber);
}

void EventHub::adoptPublicReader(int fd, const QString &address, qint64 publicEventId, qint64 after)
{
    if (after < 0)
        after = m_lastDispatched; // start from now, as subscribe() does
    countPublicReader(publicEventId, address);
    m_public->adopt(fd, publicEventId, after, address);
}

void EventHub::countPublicReader(qint64 eventId, const QString &address)
{
    ++m_publicByAddress[address];
    QHash<QString, int> &readers = m_readers[eventId];
    // A reader who opens the page again in another tab is still one reader: only a new address counts.
    if (++readers[address] == 1)
        Q_EMIT viewersChanged(eventId, int(readers.size()), true);
}

void EventHub::forgetPublicReader(qint64 eventId, const QString &address)
{
    if (--m_publicByAddress[address] <= 0)
        m_publicByAddress.remove(address);
    auto readers = m_readers.find(eventId);
    if (readers != m_readers.end() && --(*readers)[address] <= 0) {
        readers->remove(address);
        const int now = int(readers->size());
        if (now == 0)
            m_readers.erase(readers);
        Q_EMIT viewersChanged(eventId, now, false);
    }
}

void EventHub::replay(StreamSubscriber *subscriber)
{
    // Replay straight from the database, pausing whenever half the send budget is in flight and resuming when the
    // socket drains: a long history never piles up in memory and never trips the slow-consumer limit. Live events
    // that arrive meanwhile are already in the table, so the subscriber goes live only after a short batch.
    subscriber->setAwaitingDrain(false);
    auto batch = since(subscriber->lastSeq(), kReplayBatch, subscriber->publicEventId());
    if (!batch) {
        qCWarning(lcStream).noquote() << "replay failed:" << batch.error().message;
        subscriber->closeWith(1011, u"replay failed"_s);
        return;
    }
    for (const StreamEvent &event : std::as_const(*batch)) {
        // Past the last seq delivered live lies what the hub holds back behind a gap (or has not heard of yet):
        // it reaches this subscriber live, in order, once it goes out.
        if (event.seq > m_lastDispatched) {
            subscriber->setLive();
            return;
        }
        if (!subscriber->offer(event))
            return;
        if (subscriber->unsentBytes() > m_limitBytes / 2) {
            subscriber->setAwaitingDrain(true);
            return;
        }
    }
    if (batch->size() < kReplayBatch) {
        subscriber->setLive();
        return;
    }
    // A full batch that left nothing in flight (everything filtered out, or already written): go on at once.
    subscriber->setAwaitingDrain(true);
    QTimer::singleShot(0, subscriber, [this, subscriber] {
        if (subscriber->awaitingDrain())
            replay(subscriber);
    });
}

void EventHub::dispatch(const StreamEvent &event)
{
    if (event.seq <= m_lastDispatched || m_held.contains(event.seq))
        return; // delivered already (a bus echo, or read from the table while a gap was open)
    m_held.insert(event.seq, Held{event, m_clock.elapsed()});
    release();
}

void EventHub::releaseContiguous()
{
    const qint64 before = m_lastDispatched;
    while (!m_held.isEmpty() && m_held.firstKey() <= m_lastDispatched + 1) {
        const StreamEvent event = m_held.take(m_held.firstKey()).event;
        if (event.seq > m_lastDispatched)
            offerAll(event);
    }
    if (m_lastDispatched > before)
        Q_EMIT dispatched();
}

void EventHub::release()
{
    releaseContiguous();
    while (!m_held.isEmpty()) {
        // A gap before the first held event: its seqs may be committed already (notifications of several
        // processes overtake each other) or still in an open transaction. Read what the table has now.
        const qint64 missing = m_held.firstKey() - m_lastDispatched - 1;
        if (auto committed = since(m_lastDispatched, int(std::min<qint64>(missing, kReplayBatch)), -1)) {
            const qint64 now = m_clock.elapsed();
            for (const StreamEvent &e : std::as_const(*committed)) {
                if (!m_held.contains(e.seq))
                    m_held.insert(e.seq, Held{e, now});
            }
        } else {
            qCWarning(lcStream).noquote() << "cannot read the stream to fill a gap:" << committed.error().message;
        }
        releaseContiguous();
        if (m_held.isEmpty())
            break;
        const qint64 waited = m_clock.elapsed() - m_held.first().sinceMs;
        if (waited < kGapWaitMs) {
            m_gapTimer->start(int(std::min<qint64>(kGapPollMs, kGapWaitMs - waited)));
            return;
        }
        // Waited long enough: the transaction that took these seqs rolled back, or is too slow to hold every
        // reader back for.
        qCInfo(lcStream) << "stream seqs" << m_lastDispatched + 1 << "to" << m_held.firstKey() - 1
                         << "did not commit within" << kGapWaitMs << "ms; delivering past them";
        m_lastDispatched = m_held.firstKey() - 1;
        releaseContiguous();
    }
    m_gapTimer->stop();
}

void EventHub::offerAll(const StreamEvent &event)
{
    m_lastDispatched = std::max(m_lastDispatched, event.seq);
    // Copy: offer() may drop a subscriber, which removes it from the list.
    const QList<StreamSubscriber *> subscribers = m_subscribers;
    // Serialised once for every reader of every kind.
    const QByteArray bytes = event.message();
    if (event.audience.publicEventId > 0)
        m_public->broadcast(event, bytes);
    QString message;
    for (StreamSubscriber *s : subscribers) {
        if (!s->isLive() || !s->admits(event))
            continue;
        if (message.isNull())
            message = QString::fromUtf8(bytes);
        s->offer(event, message);
    }
}

void EventHub::keepAlive()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<StreamSubscriber *> subscribers = m_subscribers; // keepAlive() may drop one
    for (StreamSubscriber *s : subscribers)
        s->keepAlive(now, kSilentMs);
    m_public->keepAlive(now, kSilentMs);
}

void EventHub::remove(StreamSubscriber *subscriber)
{
    if (!m_subscribers.removeOne(subscriber))
        return;
    if (subscriber->isPublic())
        forgetPublicReader(subscriber->publicEventId(), subscriber->peer().address);
    subscriber->deleteLater();
}

} // namespace pd::server
