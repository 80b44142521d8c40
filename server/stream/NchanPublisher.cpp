#include "server/stream/NchanPublisher.h"

#include "server/db/Database.h"
#include "server/stream/EventHub.h"
#include "server/stream/StreamLog.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::server {

namespace {

constexpr int kBatch = 200;
constexpr int kFirstRetryMs = 100;
constexpr int kLongestRetryMs = 5000;
/// How often a standby portald asks for the publisher's lock.
constexpr int kLeadPollMs = 2000;
/// Any constant both processes agree on: the key of the PostgreSQL advisory lock held by the publishing portald.
constexpr qint64 kLeaderLock = 0x706473'6e6368; // "pds" "nch"

} // namespace

NchanPublisher::NchanPublisher(Database &db, EventHub &hub, QUrl publishUrl, QObject *parent)
    : QObject(parent), m_db(db), m_hub(hub), m_publishUrl(std::move(publishUrl))
{
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_inFlight)
            publish(*m_inFlight);
        else
            pump(); // the stream table could not be read last time
    });
    m_lead = new QTimer(this);
    m_lead->setInterval(kLeadPollMs);
    connect(m_lead, &QTimer::timeout, this, &NchanPublisher::tryLead);
    connect(&m_hub, &EventHub::dispatched, this, &NchanPublisher::pump);
}

NchanPublisher::~NchanPublisher() = default;

void NchanPublisher::start()
{
    tryLead();
    if (!m_leader)
        m_lead->start();
}

void NchanPublisher::tryLead()
{
    if (m_leader)
        return;
    if (!m_db.dialect().isSqlite()) {
        // Held by this process's database session for as long as it lives: a portald that dies releases it.
        auto locked = m_db.scalar(u"SELECT pg_try_advisory_lock(?)"_s, {kLeaderLock});
        if (!locked || !locked->toBool())
            return;
    }
    auto stored = m_db.scalar(u"SELECT meta_value FROM server_meta WHERE meta_key = ?"_s, {QString(kCursorKey)});
    if (!stored) {
        qCWarning(lcStream).noquote() << "cannot read where Nchan publishing stopped:" << stored.error().message;
        return;
    }
    if (stored->isNull()) {
        // First start with Nchan: what was posted before is in the pages and feed.json; publish from now on.
        m_cursor = m_hub.deliveredUpTo();
        if (auto r = m_db.exec(u"INSERT INTO server_meta (meta_key, meta_value) VALUES (?, ?)"_s,
                               {QString(kCursorKey), QString::number(m_cursor)});
            !r) {
            qCWarning(lcStream).noquote() << "cannot record where Nchan publishing starts:" << r.error().message;
            return;
        }
    } else {
        m_cursor = stored->toString().toLongLong();
    }
    m_leader = true;
    m_lead->stop();
    qCInfo(lcStream) << "publishing public live messages to" << m_publishUrl.toString() << "after seq" << m_cursor;
    pump();
}

void NchanPublisher::pump()
{
    if (!m_leader || m_inFlight)
        return;
    // Only what the hub has delivered: an event behind a gap waits there, so Nchan gets the commit order too.
    const qint64 horizon = m_hub.deliveredUpTo();
    while (m_cursor < horizon) {
        auto batch = m_hub.since(m_cursor, kBatch, -1);
        if (!batch) {
            qCWarning(lcStream).noquote() << "cannot read the stream for Nchan:" << batch.error().message;
            m_retry->start(kLongestRetryMs);
            return;
        }
        if (batch->isEmpty()) {
            m_cursor = horizon; // the seqs up to the horizon are holes that never committed
            return;
        }
        for (const StreamEvent &event : std::as_const(*batch)) {
            if (event.seq > horizon)
                return;
            if (event.audience.publicEventId > 0) {
                publish(event);
                return;
            }
            m_cursor = event.seq; // not for the public: nothing to send
        }
    }
}

void NchanPublisher::publish(const StreamEvent &event)
{
    m_inFlight = event;
    QUrl url = m_publishUrl;
    url.setPath(url.path() + u'/' + QString::number(event.audience.publicEventId));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_nam.post(request, event.message());
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finished(reply); });
}

void NchanPublisher::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_inFlight)
        return;
    if (status >= 200 && status < 300) {
        m_cursor = m_inFlight->seq;
        m_inFlight.reset();
        m_backoffMs = 0;
        saveCursor();
        pump();
        return;
    }
    // Retried as it is, and nothing after it goes first. Should the publish have reached Nchan with only its answer
    // lost, the message is there twice: the live page keeps only a seq it has not seen.
    m_backoffMs = m_backoffMs == 0 ? kFirstRetryMs : std::min(2 * m_backoffMs, kLongestRetryMs);
    qCWarning(lcStream).noquote() << "Nchan did not take seq" << m_inFlight->seq << "(" << status
                                  << reply->errorString() << "); again in" << m_backoffMs << "ms";
    m_retry->start(m_backoffMs);
}

void NchanPublisher::saveCursor()
{
    if (auto r = m_db.exec(u"UPDATE server_meta SET meta_value = ? WHERE meta_key = ?"_s,
                           {QString::number(m_cursor), QString(kCursorKey)});
        !r)
        qCWarning(lcStream).noquote() << "cannot record Nchan publishing at seq" << m_cursor << ':' << r.error().message;
}

} // namespace pd::server
