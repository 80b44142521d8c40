#include "server/stream/PublicReaders.h"

#include "server/stream/StreamLog.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr int kReplayBatch = 500;
/// Readers send pongs and the odd short control message; a frame announcing more is not a reader.
constexpr qint64 kMaxIncomingBytes = 4096;
/// How long a closing reader may take to read its close frame and hang up before its descriptor is closed.
constexpr qint64 kCloseGraceMs = 10'000;
constexpr int kSlowConsumerCode = 4001;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

struct PublicReaders::Reader {
    int fd = -1;
    qint64 eventId = 0;
    qint64 lastSeq = 0;
    QString address;
    QList<QByteArray> queue; ///< frames not yet taken by the socket; the first one partly sent (headSent bytes)
    qsizetype headSent = 0;
    qint64 queued = 0;
    qint64 lastHeardMs = 0;
    qint64 closingSinceMs = 0;
    QByteArray in; ///< an incomplete frame from the reader
    int slot = -1; ///< index in m_byEvent[eventId] while open
    bool live = false;
    bool awaitingDrain = false;
    bool closing = false;
    bool writeWatched = false;
};

PublicReaders::PublicReaders(History history, Horizon horizon, QObject *parent)
    : QObject(parent), m_history(std::move(history)), m_horizon(std::move(horizon))
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        qCCritical(lcStream) << "cannot create an epoll set for public readers:" << strerror(errno);
        return;
    }
    m_notifier = new QSocketNotifier(qintptr(m_epoll), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &PublicReaders::onReady);
    m_closingSweep = new QTimer(this);
    m_closingSweep->setInterval(1000);
    connect(m_closingSweep, &QTimer::timeout, this, &PublicReaders::sweepClosing);
}

PublicReaders::~PublicReaders()
{
    for (Reader *r : std::as_const(m_byFd)) {
        ::close(r->fd);
        delete r;
    }
    if (m_epoll >= 0)
        ::close(m_epoll);
}

QByteArray PublicReaders::frame(int opcode, QByteArrayView payload)
{
    QByteArray f;
    f.reserve(payload.size() + 10);
    f.append(char(0x80 | (opcode & 0x0f)));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(n));
    } else if (n < 65536) {
        f.append(char(126));
        f.append(char((n >> 8) & 0xff));
        f.append(char(n & 0xff));
    } else {
        f.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            f.append(char((quint64(n) >> shift) & 0xff));
    }
    f.append(payload);
    return f;
}

void PublicReaders::adopt(int fd, qint64 eventId, qint64 after, const QString &address)
{
    if (m_epoll < 0) {
        ::close(fd);
        Q_EMIT closed(eventId, address);
        return;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto *r = new Reader;
    r->fd = fd;
    r->eventId = eventId;
    r->lastSeq = after;
    r->address = address;
    r->lastHeardMs = nowMs();
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP;
    ev.data.fd = fd;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) != 0) {
        qCWarning(lcStream) << "cannot watch a public reader:" << strerror(errno);
        ::close(fd);
        delete r;
        Q_EMIT closed(eventId, address);
        return;
    }
    m_byFd.insert(fd, r);
    QList<Reader *> &readers = m_byEvent[eventId];
    r->slot = int(readers.size());
    readers.append(r);
    ++m_count;
    replay(*r);
}

void PublicReaders::replay(Reader &r)
{
    // Straight from the database, pausing whenever half the queue budget waits and resuming as the socket drains:
    // a long history never piles up in memory and never trips the slow-consumer limit.
    r.awaitingDrain = false;
    if (r.lastSeq >= m_horizon()) {
        r.live = true; // nothing stored to replay: no query (an opening burst brings thousands at once)
        return;
    }
    for (;;) {
        auto batch = m_history(r.lastSeq, kReplayBatch, r.eventId);
        if (!batch) {
            qCWarning(lcStream).noquote() << "replay failed:" << batch.error().message;
            closeWith(r, 1011, "replay failed");
            return;
        }
        const qint64 horizon = m_horizon();
        for (const StreamEvent &event : std::as_const(*batch)) {
            // Past the last seq delivered live lies what the hub holds back behind a gap: it reaches this reader
            // live, in order, once it goes out.
            if (event.seq > horizon) {
                r.live = true;
                return;
            }
            r.lastSeq = event.seq;
            if (!event.audience.admitsPublic(r.eventId))
                continue;
            write(r, frame(0x1, event.message()));
            if (r.closing)
                return;
            if (r.queued > m_queueLimit / 2) {
                r.awaitingDrain = true;
                return;
            }
        }
        if (batch->size() < kReplayBatch) {
            r.live = true;
            return;
        }
    }
}

void PublicReaders::broadcast(const StreamEvent &event, const QByteArray &message)
{
    auto readers = m_byEvent.find(event.audience.publicEventId);
    if (readers == m_byEvent.end() || !event.audience.admitsPublic(event.audience.publicEventId))
        return;
    const QByteArray bytes = frame(0x1, message);
    // Backwards: a reader dropped on the way is swapped out by one already served.
    for (qsizetype i = readers->size() - 1; i >= 0; --i) {
        Reader &r = *readers->at(i);
        if (!r.live || event.seq <= r.lastSeq)
            continue;
        r.lastSeq = event.seq;
        if (r.queued > m_queueLimit) {
            qCInfo(lcStream) << "dropping a slow public reader at seq" << event.seq << "with" << r.queued
                             << "bytes unsent";
            closeWith(r, kSlowConsumerCode, "too slow: reconnect with after=" + QByteArray::number(event.seq - 1));
            continue;
        }
        write(r, bytes);
    }
}

void PublicReaders::keepAlive(qint64 now, qint64 silentMs)
{
    static const QByteArray ping = frame(0x9, {});
    for (auto it = m_byEvent.begin(); it != m_byEvent.end(); ++it) {
        QList<Reader *> &readers = it.value();
        for (qsizetype i = readers.size() - 1; i >= 0; --i) {
            Reader &r = *readers.at(i);
            if (now - r.lastHeardMs > silentMs)
                closeWith(r, 1001, "no answer to ping");
            else
                write(r, ping);
        }
    }
}

void PublicReaders::write(Reader &r, const QByteArray &bytes)
{
    if (r.queue.isEmpty()) {
        const ssize_t sent = ::send(r.fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent == ssize_t(bytes.size()))
            return;
        if (sent < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            // The reader is gone; its hang-up is read from the socket next.
            return;
        }
        r.headSent = std::max<ssize_t>(sent, 0);
    }
    r.queue.append(bytes);
    r.queued += bytes.size() - (r.queue.size() == 1 ? r.headSent : 0);
    watchWrites(r, true);
}

void PublicReaders::flush(Reader &r)
{
    while (!r.queue.isEmpty()) {
        const QByteArray &head = r.queue.constFirst();
        const qsizetype left = head.size() - r.headSent;
        const ssize_t sent = ::send(r.fd, head.constData() + r.headSent, size_t(left), MSG_NOSIGNAL | MSG_DONTWAIT);
        if (sent < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            r.queue.clear();
            r.queued = 0;
            break;
        }
        r.queued -= sent;
        if (sent < left) {
            r.headSent += sent;
            return;
        }
        r.queue.removeFirst();
        r.headSent = 0;
    }
    watchWrites(r, false);
    if (r.closing)
        finishClosing(r);
    else if (r.awaitingDrain)
        replay(r);
}

void PublicReaders::watchWrites(Reader &r, bool on)
{
    if (r.writeWatched == on)
        return;
    r.writeWatched = on;
    epoll_event ev{};
    ev.events = EPOLLIN | EPOLLRDHUP | (on ? uint32_t(EPOLLOUT) : 0u);
    ev.data.fd = r.fd;
    epoll_ctl(m_epoll, EPOLL_CTL_MOD, r.fd, &ev);
}

void PublicReaders::onReady()
{
    epoll_event events[256];
    for (;;) {
        const int n = epoll_wait(m_epoll, events, 256, 0);
        for (int i = 0; i < n; ++i) {
            Reader *r = m_byFd.value(events[i].data.fd);
            if (!r)
                continue;
            if (events[i].events & EPOLLOUT)
                flush(*r);
            if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
                readFrom(*r); // may destroy the reader
        }
        if (n < 256)
            return;
    }
}

void PublicReaders::readFrom(Reader &r)
{
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::recv(r.fd, buffer, sizeof buffer, MSG_DONTWAIT);
        if (got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            destroy(r); // hung up (or reset): nothing more can reach it
            return;
        }
        if (got < 0)
            return;
        if (r.closing)
            continue; // the close frame is on its way; what the reader still sends is of no interest
        r.in.append(buffer, got);
        handleFrames(r);
        if (r.closing)
            continue;
        if (got < qsizetype(sizeof buffer))
            return;
    }
}

void PublicReaders::handleFrames(Reader &r)
{
    qsizetype at = 0;
    const auto *bytes = reinterpret_cast<const uchar *>(r.in.constData());
    while (r.in.size() - at >= 2) {
        const int opcode = bytes[at] & 0x0f;
        if (!(bytes[at + 1] & 0x80)) {
            closeWith(r, 1002, "frames from a client must be masked");
            return;
        }
        quint64 length = bytes[at + 1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (r.in.size() - at < 4)
                break;
            length = qFromBigEndian<quint16>(bytes + at + 2);
            header = 4;
        } else if (length == 127) {
            if (r.in.size() - at < 10)
                break;
            length = qFromBigEndian<quint64>(bytes + at + 2);
            header = 10;
        }
        if (length > quint64(kMaxIncomingBytes)) {
            closeWith(r, 1009, "message too big");
            return;
        }
        if (r.in.size() - at < header + 4 + qsizetype(length))
            break;
        const uchar *mask = bytes + at + header;
        QByteArray payload(reinterpret_cast<const char *>(mask + 4), qsizetype(length));
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char(payload.at(i) ^ char(mask[i % 4]));
        at += header + 4 + qsizetype(length);
        r.lastHeardMs = nowMs();
        if (opcode == 0x8) {
            const int code = payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1000;
            closeWith(r, code == 1005 || code == 1006 ? 1000 : code, {});
            return;
        }
        if (opcode == 0x9)
            write(r, frame(0xA, payload));
    }
    r.in.remove(0, at);
    if (r.in.isEmpty())
        r.in = QByteArray(); // an idle reader holds no buffer
}

void PublicReaders::closeWith(Reader &r, int code, const QByteArray &reason)
{
    if (r.closing)
        return;
    r.closing = true;
    r.closingSinceMs = nowMs();
    QList<Reader *> &readers = m_byEvent[r.eventId];
    Reader *last = readers.takeLast();
    if (last != &r) {
        readers[r.slot] = last;
        last->slot = r.slot;
    }
    r.slot = -1;
    --m_count;
    ++m_closing;
    m_closingSweep->start();
    r.in = QByteArray();
    // What the reader has not taken yet is dropped (except a frame it already has the start of): the close frame
    // goes out next.
    while (r.queue.size() > (r.headSent > 0 ? 1 : 0)) {
        r.queued -= r.queue.constLast().size();
        r.queue.removeLast();
    }
    QByteArray body(2, '\0');
    qToBigEndian<quint16>(quint16(code), body.data());
    body.append(reason.left(120));
    write(r, frame(0x8, body));
    Q_EMIT closed(r.eventId, r.address);
    if (r.queue.isEmpty())
        finishClosing(r);
}

void PublicReaders::finishClosing(Reader &r)
{
    // The close frame is out: no more writes. The reader hangs up in answer (read as end of file); a reader that
    // does not is cut off by sweepClosing().
    ::shutdown(r.fd, SHUT_WR);
}

void PublicReaders::destroy(Reader &r)
{
    if (!r.closing) {
        // Hung up without a close frame: leave as closeWith() would, without writing to a dead socket.
        r.queue.clear();
        r.queued = 0;
        r.closing = true;
        QList<Reader *> &readers = m_byEvent[r.eventId];
        Reader *last = readers.takeLast();
        if (last != &r) {
            readers[r.slot] = last;
            last->slot = r.slot;
        }
        --m_count;
        Q_EMIT closed(r.eventId, r.address);
    } else {
        --m_closing;
    }
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, r.fd, nullptr);
    ::close(r.fd);
    m_byFd.remove(r.fd);
    delete &r;
}

void PublicReaders::sweepClosing()
{
    const qint64 now = nowMs();
    const QList<Reader *> all = m_byFd.values();
    for (Reader *r : all) {
        if (r->closing && now - r->closingSinceMs > kCloseGraceMs)
            destroy(*r);
    }
    if (m_closing == 0)
        m_closingSweep->stop();
}

} // namespace pd::server
