#include "server/http/StreamRevocation.h"

#include "server/auth/TokenService.h"
#include "server/db/UserRepository.h"
#include "server/http/HttpLog.h"
#include "server/stream/EventHub.h"
#include "server/stream/StreamSubscriber.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::server {

StreamRevocation::StreamRevocation(EventHub &hub, TokenService &tokens, UserRepository &users,
                                   std::chrono::milliseconds sweep, QObject *parent)
    : QObject(parent), m_hub(hub), m_tokens(tokens), m_users(users), m_sweep(this)
{
    connect(&m_hub, &EventHub::subscribed, this, &StreamRevocation::watch);
    connect(&m_tokens, &TokenService::sessionsRevoked, this, &StreamRevocation::checkAll);
    m_sweep.setInterval(sweep);
    connect(&m_sweep, &QTimer::timeout, this, &StreamRevocation::checkAll);
    m_sweep.start();
}

void StreamRevocation::checkAll()
{
    // Copy: a check may close a subscriber, which takes it out of the hub's list.
    const QList<StreamSubscriber *> subscribers = m_hub.subscribers();
    for (StreamSubscriber *s : subscribers) {
        if (!s->isPublic())
            check(s);
    }
}

void StreamRevocation::watch(StreamSubscriber *subscriber)
{
    if (subscriber->isPublic() || !check(subscriber))
        return;
    auto session = m_tokens.session(subscriber->peer().accessToken);
    if (!session)
        return;
    // The sweep would notice the expiry too, but a timer at that moment ends the stream when the token does.
    const qint64 left = std::max<qint64>(0, session->expiresAtMs - QDateTime::currentMSecsSinceEpoch());
    QTimer::singleShot(std::chrono::milliseconds(std::min<qint64>(left + 1, std::numeric_limits<int>::max())),
                       subscriber, [this, subscriber] { check(subscriber); });
}

bool StreamRevocation::check(StreamSubscriber *subscriber)
{
    if (subscriber->isClosed())
        return false;
    const StreamPeer &peer = subscriber->peer();
    auto session = m_tokens.session(peer.accessToken);
    if (!session) {
        if (session.error().code != ErrorCode::Unauthorized) {
            // The database did not answer: keep the stream and look again on the next sweep.
            qCWarning(lcHttp).noquote() << "stream access not checked:" << session.error().message;
            return true;
        }
        qCInfo(lcHttp).noquote() << "closing the stream of user" << peer.user->id << "-" << session.error().message;
        subscriber->closeWith(StreamSubscriber::kSessionEndedCode, session.error().message);
        return false;
    }
    auto user = m_users.find(session->userId);
    if (!user) {
        qCWarning(lcHttp).noquote() << "stream access not checked:" << user.error().message;
        return true;
    }
    QString reason;
    if (!user->has_value())
        reason = u"账号已停用"_s;
    else if ((*user)->roles != peer.user->roles)
        reason = u"权限已变更"_s; // what the stream lets through was decided by the roles it was opened with
    if (reason.isEmpty())
        return true;
    qCInfo(lcHttp).noquote() << "closing the stream of user" << peer.user->id << "-" << reason;
    subscriber->closeWith(StreamSubscriber::kAccessChangedCode, reason);
    return false;
}

} // namespace pd::server
