#include "app/api/LiveClient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::api {

namespace {
constexpr int PageSize = 200; // the API's largest page
} // namespace

QString LiveClient::eventsPath(qint64 siteId)
{
    return u"/api/v1/live/events?site=%1"_s.arg(siteId);
}

QString LiveClient::eventPath(qint64 eventId)
{
    return u"/api/v1/live/events/%1"_s.arg(eventId);
}

QString LiveClient::postsPath(qint64 eventId)
{
    return u"/api/v1/live/events/%1/posts"_s.arg(eventId);
}

QString LiveClient::postPath(qint64 postId)
{
    return u"/api/v1/live/posts/%1"_s.arg(postId);
}

QString LiveClient::postTransitionsPath(qint64 postId)
{
    return postPath(postId) + u"/transitions"_s;
}

QString LiveClient::statsPath(qint64 eventId)
{
    return eventPath(eventId) + u"/stats"_s;
}

PortalClient::CallId LiveClient::events(qint64 siteId, QObject *context, Callback<QList<domain::LiveEvent>> done)
{
    return m_client.call("GET", eventsPath(siteId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::ListPage<domain::LiveEvent>::fromJson(r->json.object()).items);
    });
}

void LiveClient::allPosts(qint64 eventId, QObject *context, Callback<QList<domain::LivePost>> done)
{
    postsAfter(eventId, 0, {}, context, std::move(done));
}

void LiveClient::postsAfter(qint64 eventId, qint64 after, QList<domain::LivePost> collected, QObject *context,
                            Callback<QList<domain::LivePost>> done)
{
    const QString path = postsPath(eventId) + u"?after=%1&limit=%2"_s.arg(after).arg(PageSize);
    m_client.call("GET", path, {}, {}, context,
                  [this, eventId, context, collected = std::move(collected),
                   done = std::move(done)](Result<ApiReply> r) mutable {
                      if (!r)
                          return done(std::unexpected(r.error()));
                      const auto page = domain::ListPage<domain::LivePost>::fromJson(r->json.object());
                      collected.append(page.items);
                      if (!page.hasMore() || page.items.isEmpty())
                          return done(std::move(collected));
                      postsAfter(eventId, page.items.last().seq, std::move(collected), context, std::move(done));
                  });
}

PortalClient::CallId LiveClient::post(qint64 postId, QObject *context, Callback<Versioned<domain::LivePost>> done)
{
    return m_client.call("GET", postPath(postId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(Versioned<domain::LivePost>{domain::LivePost::fromJson(r->json.object()), r->etag});
    });
}

PortalClient::CallId LiveClient::transitionPost(qint64 postId, domain::LivePostAction action, const QString &reason,
                                                const QByteArray &etag, QObject *context,
                                                Callback<domain::LivePost> done)
{
    QJsonObject body{{u"action"_s, domain::livePostActionCode(action)}};
    if (!reason.isEmpty())
        body.insert(u"reason"_s, reason);
    return m_client.call("POST", postTransitionsPath(postId), QJsonDocument(body), {{"If-Match", etag}}, context,
                         [done = std::move(done)](Result<ApiReply> r) {
                             if (!r)
                                 return done(std::unexpected(r.error()));
                             done(domain::LivePost::fromJson(r->json.object()));
                         });
}

PortalClient::CallId LiveClient::stats(qint64 eventId, QObject *context, Callback<domain::LiveStats> done)
{
    return m_client.call("GET", statsPath(eventId), {}, {}, context, [done = std::move(done)](Result<ApiReply> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(domain::LiveStats::fromJson(r->json.object()));
    });
}

} // namespace pd::api
