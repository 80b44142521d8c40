#include "app/sync/OutboxSync.h"

#include "app/api/PortalClient.h"
#include "app/store/LocalStore.h"
#include "app/sync/SyncLog.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace pd::sync {

OutboxSync::OutboxSync(store::LocalStore &store, api::PortalClient &client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_wake(this)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &OutboxSync::pump);
    // New work arrives through the store; coalesce bursts (an import enqueues thousands) into one pump.
    connect(&m_store, &store::LocalStore::outboxChanged, this, [this] {
        if (!m_running || m_inFlight || m_pumpQueued)
            return;
        m_pumpQueued = true;
        QMetaObject::invokeMethod(this, &OutboxSync::pump, Qt::QueuedConnection);
    });
    // A renewed session is a good moment to try again at once.
    connect(&m_client, &api::PortalClient::sessionRefreshed, this, [this] {
        if (m_running && !m_inFlight)
            pump();
    });
}

void OutboxSync::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initial = initial;
    m_maximum = maximum;
}

std::chrono::milliseconds OutboxSync::backoffFor(int attempt, int retryAfterSeconds)
{
    const int exponent = std::clamp(attempt - 1, 0, 30);
    const double base = std::min<double>(double(m_initial.count()) * double(1LL << std::min(exponent, 20)),
                                         double(m_maximum.count()));
    // Full jitter between half and one and a half of the step spreads reconnecting clients apart.
    std::uniform_real_distribution<double> jitter(0.5, 1.5);
    auto delay = std::chrono::milliseconds(qint64(base * jitter(m_random)));
    if (retryAfterSeconds > 0)
        delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(retryAfterSeconds));
    return std::min(delay, std::max(m_maximum, std::chrono::milliseconds(std::chrono::seconds(retryAfterSeconds))));
}

void OutboxSync::start()
{
    m_running = true;
    pump();
}

void OutboxSync::stop()
{
    m_running = false;
    m_wake.stop();
}

bool OutboxSync::isIdle() const
{
    if (m_inFlight)
        return false;
    const auto pending = m_store.pendingCount();
    return pending && *pending == 0;
}

void OutboxSync::pump()
{
    m_pumpQueued = false;
    if (!m_running || m_inFlight)
        return;
    const auto entries = m_store.outboxHeads();
    if (!entries) {
        qCWarning(lcSync) << "cannot read the outbox:" << entries.error().message;
        m_wake.start(m_maximum);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> blocked; // resources with an earlier undelivered entry
    QDateTime earliest;
    for (const store::OutboxEntry &e : *entries) {
        if (blocked.contains(e.resource))
            continue;
        blocked.insert(e.resource);
        if (e.state == store::OutboxEntry::State::NeedsAttention)
            continue;
        if (e.nextAttemptAt.isValid() && e.nextAttemptAt > now) {
            if (!earliest.isValid() || e.nextAttemptAt < earliest)
                earliest = e.nextAttemptAt;
            continue;
        }
        deliver(e);
        return;
    }
    if (earliest.isValid()) {
        m_wake.start(std::max<qint64>(1, now.msecsTo(earliest)));
        return;
    }
    Q_EMIT drained();
}

void OutboxSync::deliver(const store::OutboxEntry &entry)
{
    if (auto r = m_store.markSending(entry.id); !r) {
        qCWarning(lcSync) << "cannot mark entry" << entry.id << "as sending:" << r.error().message;
        m_wake.start(m_initial);
        return;
    }
    // A change queued on top of an undelivered one names what that one produces: the id of an item created
    // offline ({id}) and the revision the previous change of the resource left behind ({etag}).
    store::OutboxEntry resolved = entry;
    if (entry.path.contains(u"{id}") || entry.ifMatch == u"{etag}") {
        const auto previous = m_store.lastSent(entry.resource);
        const QJsonObject answer = previous && *previous ? (*previous)->result : QJsonObject();
        const qint64 id = answer.value(u"id").toInteger();
        const QString etag = answer.value(u"etag").toString();
        if ((entry.path.contains(u"{id}") && id <= 0) || (entry.ifMatch == u"{etag}" && etag.isEmpty())) {
            Error e = Error::make(ErrorCode::Conflict,
                                  tr("The change this one builds on was not delivered; open the item and save it again."));
            m_store.markNeedsAttention(entry.id, e.message, 0, {});
            qCInfo(lcSync) << "entry" << entry.id << "needs attention: nothing to build on in" << entry.resource;
            Q_EMIT entryNeedsAttention(entry, e);
            QMetaObject::invokeMethod(this, &OutboxSync::pump, Qt::QueuedConnection);
            return;
        }
        resolved.path.replace(u"{id}"_s, QString::number(id));
        if (resolved.ifMatch == u"{etag}")
            resolved.ifMatch = etag;
    }
    m_inFlight = true;
    QList<QPair<QByteArray, QByteArray>> headers{{"Idempotency-Key", entry.idempotencyKey.toUtf8()}};
    if (!resolved.ifMatch.isEmpty())
        headers.append({"If-Match", resolved.ifMatch.toUtf8()});
    store::OutboxEntry sent = entry;
    sent.attempts += 1;
    qCDebug(lcSync) << "sending" << entry.id << entry.verb << entry.path << "attempt" << sent.attempts;
    m_client.call(entry.verb, resolved.path, QJsonDocument(entry.body), headers, this,
                  [this, sent](Result<api::ApiReply> reply) {
                      m_inFlight = false;
                      if (!reply) {
                          onAnswer(sent, std::unexpected(reply.error()), reply.error().httpStatus);
                          return;
                      }
                      QJsonObject result = reply->json.isObject() ? reply->json.object()
                                                                  : QJsonObject{{u"items"_s, reply->json.array()}};
                      if (!reply->etag.isEmpty())
                          result.insert(u"etag"_s, QString::fromUtf8(reply->etag));
                      onAnswer(sent, result, reply->status);
                  });
}

void OutboxSync::onAnswer(const store::OutboxEntry &entry, const Result<QJsonObject> &result, int status)
{
    if (result) {
        if (auto r = m_store.markSent(entry.id, status, *result); !r)
            qCWarning(lcSync) << "delivered entry" << entry.id << "but cannot record it:" << r.error().message;
        Q_EMIT entrySent(entry, status, *result);
    } else if (result.error().isTransient() || result.error().code == ErrorCode::Unauthorized
               || result.error().code == ErrorCode::Tls) {
        // Unauthorized: the client could not renew the session; the entry waits for the next sign-in.
        // Tls: a certificate may be fixed in the account settings; the change itself is fine.
        const auto delay = backoffFor(entry.attempts, result.error().retryAfterSeconds);
        m_store.markRetry(entry.id, QDateTime::currentDateTimeUtc().addMSecs(delay.count()), result.error().message,
                          status);
        qCInfo(lcSync) << "entry" << entry.id << "retry in" << delay.count() << "ms:" << result.error().message;
        Q_EMIT retryScheduled(entry, delay, result.error());
    } else {
        // A refusal a resend cannot fix: keep the entry (and the server's problem, e.g. the current version on
        // 412) for a person, and hold back what follows on the same resource.
        m_store.markNeedsAttention(entry.id, result.error().message, status, result.error().body);
        qCInfo(lcSync) << "entry" << entry.id << "needs attention:" << status << result.error().message;
        Q_EMIT entryNeedsAttention(entry, result.error());
    }
    if (m_running)
        pump();
}

} // namespace pd::sync
