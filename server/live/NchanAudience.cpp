#include "server/live/NchanAudience.h"

#include "server/live/LiveAudience.h"
#include "server/live/LiveLog.h"
#include "server/live/LiveRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace pd::server {

NchanAudience::NchanAudience(LiveAudience &audience, LiveRepository &repository, QUrl publishUrl,
                             std::chrono::milliseconds heartbeat, QObject *parent)
    : QObject(parent), m_audience(audience), m_repo(repository), m_publishUrl(std::move(publishUrl)),
      m_ttl(heartbeat * 3),
      m_source(u"nchan "_s + m_publishUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString())
{
    m_beat.setInterval(heartbeat);
    connect(&m_beat, &QTimer::timeout, this, &NchanAudience::beat);
    m_beat.start();
    // The first figure at once, not a heartbeat after start.
    QTimer::singleShot(0, this, &NchanAudience::beat);
}

NchanAudience::~NchanAudience() = default;

qint64 NchanAudience::subscribersOf(int status, const QByteArray &body)
{
    if (status == 404)
        return 0;
    if (status != 200)
        return -1;
    const QJsonValue subscribers = QJsonDocument::fromJson(body).object().value(u"subscribers");
    return subscribers.isDouble() ? subscribers.toInteger(-1) : -1;
}

void NchanAudience::beat()
{
    const auto events = m_repo.runningEventIds();
    if (!events) {
        qCWarning(lcLive).noquote() << "running events not read for Nchan's readers:" << events.error().message;
        return;
    }
    for (qint64 eventId : *events)
        if (!m_asking.contains(eventId))
            ask(eventId);
}

void NchanAudience::ask(qint64 eventId)
{
    // The channel's address as NchanPublisher posts to it.
    QUrl url = m_publishUrl;
    url.setPath(url.path() + u'/' + QString::number(eventId));
    QNetworkRequest request(url);
    // Channel info comes as JSON when asked for it (text otherwise).
    request.setRawHeader("Accept", "application/json");
    // An answer later than the heartbeat is stale anyway; the next beat asks again.
    request.setTransferTimeout(int(m_ttl.count() / 3));
    m_asking.insert(eventId);
    QNetworkReply *reply = m_nam.get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, eventId] { answered(reply, eventId); });
}

void NchanAudience::answered(QNetworkReply *reply, qint64 eventId)
{
    reply->deleteLater();
    m_asking.remove(eventId);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const qint64 readers = subscribersOf(status, reply->readAll());
    if (readers < 0) {
        // Left alone, the last figure expires after three heartbeats: readers nobody can count no longer count.
        qCInfo(lcLive).noquote() << "Nchan's readers of event" << eventId << "not known:" << status
                                 << reply->errorString();
        return;
    }
    if (auto r = m_audience.report(m_source, eventId, readers, m_ttl); !r) {
        qCWarning(lcLive).noquote() << "Nchan's readers of event" << eventId << "not reported:" << r.error().message;
        return;
    }
    // The figure now includes them: the stored peak may have to rise.
    if (auto r = m_audience.viewersNow(eventId); !r)
        qCWarning(lcLive).noquote() << "viewers of event" << eventId << "not read:" << r.error().message;
}

} // namespace pd::server
